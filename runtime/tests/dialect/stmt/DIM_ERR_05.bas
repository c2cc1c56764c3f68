* A matrix passed where a scalar is expected, and MAT of an undimensioned name
DIM A(3)
MAT A = 1
MAT B = 2
PRINT LEN(A)
PRINT "done"
END
