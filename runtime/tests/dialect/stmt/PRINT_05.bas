* the trailing colon of PRINT before ELSE, a semicolon, or a comment, and a
* colon followed by an @-variable, a sign, a bracket or a function
X = 1
IF X THEN PRINT "a": ELSE PRINT "b"
PRINT "c": ; PRINT "d"
PRINT "e": ;* keeps the line open
PRINT "f"
PRINT "g" : @VM : -1 : (2) : NOT(0)
PRINT "done"
END
