* An unterminated string literal
X = "abc
PRINT X
PRINT "done"
END
