* GETNLS with a non-numeric key (run through IN.RUNERR)
CRT "before"
CRT "[" : GETNLS("CURRENCY") : "]"
