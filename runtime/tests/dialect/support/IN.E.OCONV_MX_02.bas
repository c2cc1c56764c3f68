* OCONV MX of non-numeric text (run through IN.RUNERR)
CRT "[" : OCONV("10", "MX") : "]"
CRT "[" : OCONV("abc", "MX") : "]"
