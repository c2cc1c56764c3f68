* Unterminated strings with single quotes and backslashes
X = 'abc
Y = \def
PRINT "done"
END
