* ON without GOTO or GOSUB
X = 1
ON X PRINT "a"
PRINT "done"
END
