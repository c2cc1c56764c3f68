* SUPPORT: VM.BUMP VM.PASSON VM.FNREF VM.TWICE
* Arguments are references: through two levels of CALL, into DEFFUN
* functions, COMMON variables and matrix elements, a variable passed twice
DEFFUN VM.FNREF(X)
COMMON /VMREF/ C1, C2
C1 = 10
CALL VM.PASSON(C1)
PRINT "common after two levels: ":C1
L = 1
CALL VM.PASSON(L)
PRINT "local after two levels: ":L
DIM M(3)
M(2) = 5
CALL VM.PASSON(M(2))
PRINT "element: ":M(2)
N = 7
R = VM.FNREF(N)
PRINT "function result: ":R:" argument after: ":N
C2 = 1
R = VM.FNREF(C2)
PRINT "common through a function: ":C2:" ":R
A = 3
CALL VM.TWICE(A, A)
PRINT "passed twice: ":A
B = 3
CALL VM.TWICE(B, (B))
PRINT "once and as a copy: ":B
PRINT "done"
