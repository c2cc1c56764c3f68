* SUBR of a routine that is not catalogued (run through IN.RUNERR)
N = "NO.SUCH.SUBR"
CRT "[" : SUBR(N, 1) : "]"
