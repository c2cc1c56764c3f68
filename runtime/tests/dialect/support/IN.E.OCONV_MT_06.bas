* OCONV MT of a non-numeric variable: the message names no variable (run through IN.RUNERR)
X = "abc"
CRT "[" : OCONV("", "MT") : "]"
CRT "[" : OCONV(X, "MT") : "]"
