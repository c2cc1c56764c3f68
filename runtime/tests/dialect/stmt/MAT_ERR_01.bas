* MAT assignment to a scalar
X = 1
MAT X = 0
PRINT "done"
END
