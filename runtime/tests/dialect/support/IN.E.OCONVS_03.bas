* OCONVS MT with one non-numeric element is fatal (run through IN.RUNERR)
CRT "[" : CONVERT(@VM, "]", OCONVS("3600":@VM:"7200", "MT")) : "]"
CRT "[" : CONVERT(@VM, "]", OCONVS("3600":@VM:"abc", "MT")) : "]"
