* RETURN with a value in a program (not a function)
X = 1
RETURN X
PRINT "done"
END
