* A number with two decimal points
X = 1.2.3
PRINT X
PRINT "done"
END
