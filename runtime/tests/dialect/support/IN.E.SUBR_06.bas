* SUBR("*NAME") of a routine catalogued only locally (run through IN.RUNERR)
N = "*IN.TWICE"
CRT "[" : SUBR(N, 1) : "]"
