* DIM of a name already used as a scalar
X = 5
DIM X(3)
X(1) = 2
PRINT "done"
END
