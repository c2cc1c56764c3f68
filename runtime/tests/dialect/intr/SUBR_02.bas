* SUPPORT: IN.SUBR.SET IN.TWICE
* SUBR: arguments by reference, nested SUBR, a name in a variable, in a loop
A = 5
CRT SUBR("IN.SUBR.SET", A, "b")
CRT "A=" : A
CRT SUBR("IN.TWICE", SUBR("IN.TWICE", 3))
DIM M(2)
M(1) = 10
CRT SUBR("IN.SUBR.SET", M(1), M(1) * 2)
CRT "M(1)=" : M(1)
FOR I = 1 TO 3
   CRT SUBR("IN.TWICE", I) :
NEXT I
CRT
CRT "done"
