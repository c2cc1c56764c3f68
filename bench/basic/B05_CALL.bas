PROGRAM B05_CALL
* Benchmark: CALL-heavy code.  800,000 CALLs of an external subroutine
* (arguments by reference), 400,000 DEFFUN function calls, 800,000 internal
* GOSUBs; prints the three accumulators.
DEFFUN B05.FN(X)
A = 0
FOR I = 1 TO 800000
   CALL B05.ADD(A, I)
NEXT I
B = 0
FOR I = 1 TO 400000
   B = MOD(B + B05.FN(I), 1000003)
NEXT I
G = 0
FOR I = 1 TO 800000
   GOSUB BUMP
NEXT I
CRT "call acc: ":A
CRT "deffun acc: ":B
CRT "gosub acc: ":G
CRT "done"
STOP
BUMP:
   G = MOD(G + I * 3, 1000003)
   RETURN
END
