* IDIV by zero (run through IN.RUNERR)
CRT IDIV(5, 1)
CRT IDIV(5, 0)
