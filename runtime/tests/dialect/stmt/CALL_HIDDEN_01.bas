* SUPPORT: ST.HFNX ST.HSBX
* A FUNCTION's result is a hidden first argument: CALL of a FUNCTION
* puts the result in its first argument, and a SUBROUTINE called as a
* function returns what its first parameter holds
DEFFUN ST.HFNX(A, B)
DEFFUN ST.HSBX(X)
X = 2
CALL ST.HFNX(R, X, 3)
CRT "R=":R:" X=":X
R2 = 5
CALL ST.HFNX(R2, 10, 20)
CRT "R2=":R2
CALL ST.HFNX(0, 1, 2)
CRT "fn=":ST.HFNX(1, 2)
V = 21
CRT "sb=":ST.HSBX(V)
CRT "V=":V
W = ST.HSBX(4) + 1
CRT "W=":W
DIM M(3)
M(2) = 7
CALL ST.HFNX(M(1), M(2), 1)
CRT "M=":M(1):",":M(2)
CRT "done"
