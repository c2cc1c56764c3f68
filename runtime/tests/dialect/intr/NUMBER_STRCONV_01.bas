* number to string conversion: concatenation, LEN, substring of computed values
X = 10 / 4
CRT X : "|" : LEN(X) : "|" : X[1, 1] : "|" : X : "x"
Y = 1 / 3
CRT LEN(Y) : "|" : Y[3, 2]
Z = 2147483647 + 1
CRT LEN(Z) : "|" : Z[1, 3]
W = -0.5 * 2
CRT W : "|" : LEN(W)
V = 100 * 1.0
CRT V : "|" : LEN(V)
CRT "done"
