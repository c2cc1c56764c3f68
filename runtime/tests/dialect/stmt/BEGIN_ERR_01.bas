* BEGIN CASE followed by a statement after a semicolon
X = 1
BEGIN CASE ; CASE X ; PRINT 1
END CASE
PRINT "done"
