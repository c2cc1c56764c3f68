* An EQUATE whose value starts with a bracket is misformed
X = 21
EQU TWICE.X TO (X * 2)
PRINT TWICE.X
PRINT "done"
END
