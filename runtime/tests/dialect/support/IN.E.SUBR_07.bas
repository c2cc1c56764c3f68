* SUBR of a $ name from a user program (run through IN.RUNERR)
N = "$BASIC"
CRT "[" : SUBR(N, 1) : "]"
