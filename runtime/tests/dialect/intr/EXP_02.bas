* EXP overflow
X = EXP(1000)
CRT "[" : X : "]"
CRT "done"
