* END after a single-line THEN on the same line, and THEN twice
X = 1
IF X = 1 THEN PRINT "a" END
IF X = 1 THEN THEN PRINT "b"
PRINT "done"
END
