* PRINT: comma tab stops, colon concatenation, trailing colon, numbers formatting
PRINT "a", "b", "c"
PRINT "long text here", "x"
PRINT 1, 22, 333
PRINT "no newline":
PRINT " continued"
PRINT
PRINT 1 + 2 : 3
PRINT -0.5, 1.50, 0.1 + 0.2, 1000000 * 1000000
PRINT "a":@FM:"b"
PRINT "done"
