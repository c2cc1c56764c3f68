* DIMENSION is DIM: one- and two-dimensional matrices, several in one statement, redimensioning keeps elements
DIMENSION A(3), B(2, 2)
MAT A = "a"
B(1, 2) = "b12"
B(2, 2) = ""
PRINT A(1):A(3):" ":B(1, 2):"[":B(2, 2):"]"
DIMENSION A(5)
A(5) = "e"
PRINT A(1):A(3):A(5)
N = 4
DIMENSION C(N)
C(N) = "last"
PRINT C(4)
PRINT "done"
