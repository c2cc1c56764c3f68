* SUBR of a name with a blank in it (run through IN.RUNERR)
N = " IN.TWICE"
CRT "[" : SUBR(N, 1) : "]"
