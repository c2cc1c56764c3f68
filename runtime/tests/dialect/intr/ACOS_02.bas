* ACOS out of domain
CRT "a"
X = ACOS(2)
CRT "x=" : X : " status=" : STATUS()
X = ACOS(-1.5)
CRT "x=" : X
CRT "done"
