* NEXT with no FOR
X = 1
NEXT X
PRINT "done"
END
