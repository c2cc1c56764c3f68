* PROGRAM after executable statements
X = 1
PROGRAM LATE
PRINT "done"
END
