* NOT_ARRAY_01: a scalar indexed as a matrix
X = "abc"
PRINT "before"
PRINT X(2)
PRINT "after"
END
