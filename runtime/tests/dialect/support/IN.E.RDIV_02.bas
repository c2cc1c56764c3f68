* RDIV by zero (run through IN.RUNERR)
CRT RDIV(7, 2)
CRT RDIV(7, 0)
