* Unbalanced brackets
X = (1 + 2
Y = 3)
PRINT X, Y
PRINT "done"
END
