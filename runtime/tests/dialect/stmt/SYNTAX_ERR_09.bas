* Unterminated string
X = "abc
PRINT X
PRINT "done"
END
