* EQUATE to an expression with an operator
X = 21
EQU TWICE.X TO X * 2
PRINT TWICE.X
PRINT "done"
END
