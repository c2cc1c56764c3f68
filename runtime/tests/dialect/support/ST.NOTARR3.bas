* NOT_ARRAY_03: CALL with a matrix, then with a constant
DIM M(3)
MAT M = "m"
M(2) = "two"
CALL ST.NOTARRS(MAT M, 2)
CALL ST.NOTARRS("scalar", 1)
PRINT "after"
END
