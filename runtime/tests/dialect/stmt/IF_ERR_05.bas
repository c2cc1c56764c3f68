* IF with no THEN: a number after the condition
X = 1
IF X PRINT 1
PRINT "done"
END
