* DIV by zero (run through IN.RUNERR)
CRT DIV(6, 3)
CRT DIV(1, 0)
