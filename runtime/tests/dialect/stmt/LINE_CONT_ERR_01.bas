* A line ending in an operator does not continue
X = 1 +
    2
PRINT X
PRINT "done"
END
