* stored values keep full precision; only display rounds
PRECISION 2
X = 1/3
CRT X : "|" : X * 3 : "|" : (X = 0.33) : "|" : LEN(X) : "|" : X : ""
Y = X : ""
CRT Y * 3
PRECISION 4
CRT X
CRT "done"
