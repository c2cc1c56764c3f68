* SQRT of a negative number (run through IN.RUNERR)
CRT SQRT(9)
CRT SQRT(-1)
