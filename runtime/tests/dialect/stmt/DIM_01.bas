* DIM one and two dimensions, MAT assignment, element zero, INMAT
DIM A(5), B(2,3)
MAT A = "-"
A(2) = "two"
FOR I = 1 TO 5 ; PRINT A(I):" ": ; NEXT I
PRINT
FOR R = 1 TO 2
   FOR C = 1 TO 3
      B(R,C) = R * 10 + C
   NEXT C
NEXT R
PRINT B(1,1):" ":B(2,3):" ":B(1,3)
PRINT "inmat: ":INMAT(A)
DIMENSION Q(3)
Q(1) = "q"
PRINT "dimension keyword: ":Q(1)
N = 4
DIM V(N)
MAT V = 0
V(N) = "last"
PRINT "variable size: ":V(4)
PRINT "done"
