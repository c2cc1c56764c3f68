* a whole matrix is passed to a subroutine only with MAT: the bare name is an error
DIM A(3)
MAT A = 1
CALL SOME.SUB(A)
PRINT "done"
END
