* SUBR with one argument too many (run through IN.RUNERR)
CRT "[" : SUBR("IN.TWICE", 2) : "]"
CRT "[" : SUBR("IN.TWICE", 1, 2) : "]"
