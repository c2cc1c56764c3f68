* TRANS of an empty file name before any TRANS opened a file (run through IN.RUNERR)
CRT "[" : TRANS("NO.SUCH.FILE.T4", "K1", 1, "X") : "]"
CRT "[" : TRANS("", "K1", 1, "X") : "]"
