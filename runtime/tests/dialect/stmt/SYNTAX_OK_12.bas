* THEN on the line after the IF condition
X = 1
IF X = 1
THEN PRINT "one"
PRINT "done"
END
