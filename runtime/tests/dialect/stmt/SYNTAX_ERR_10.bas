* Unbalanced parentheses, both ways
X = (1 + 2
Y = 1 + 2)
Z = ((3)
PRINT "done"
END
