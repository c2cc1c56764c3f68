* PRECISION sets decimal places for number to string conversion
X = 2 / 3
PRINT X
PRECISION 2
PRINT 2 / 3
PRINT 10 / 4
PRECISION 9
PRINT 2 / 3
PRECISION 0
PRINT 2 / 3:" ":7 / 2
PRECISION 4
PRINT 1 / 8
PRINT "done"
