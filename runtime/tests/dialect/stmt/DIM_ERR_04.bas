* A matrix used as a scalar
DIM A(3)
A = 5
PRINT A
PRINT "done"
END
