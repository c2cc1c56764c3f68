* SUPPORT: IN.RUNERR IN.E.OCONVS_03
* OCONVS MT with one non-numeric element is fatal (run through IN.RUNERR)
CRT "[" : CONVERT(@VM, "]", OCONVS("3600":@VM:"7200", "MT")) : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONVS_03")
CRT "done"
