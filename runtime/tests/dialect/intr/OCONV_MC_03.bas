* OCONV MCD of non-numeric text (last act)
CRT "[" : OCONV("255", "MCD") : "]"
CRT "[" : OCONV("ff", "MCD") : "]"
CRT "done"
