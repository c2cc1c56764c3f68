* OCONV MCD of non-numeric text (run through IN.RUNERR)
CRT "[" : OCONV("255", "MCD") : "]"
CRT "[" : OCONV("ff", "MCD") : "]"
