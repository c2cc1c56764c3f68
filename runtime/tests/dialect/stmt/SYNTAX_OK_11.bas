* ELSE on the line after a single-line THEN belongs to that IF
X = 1
IF X = 1 THEN PRINT "one"
ELSE PRINT "other"
PRINT "done"
END
