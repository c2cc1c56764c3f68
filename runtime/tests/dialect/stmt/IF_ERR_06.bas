* IF with no THEN: the condition ends the line
X = 1
IF X = 1
PRINT "done"
END
