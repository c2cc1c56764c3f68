* Using a matrix without DIM
X(1) = 5
PRINT X(1)
PRINT "done"
END
