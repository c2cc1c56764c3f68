* Two operands with no operator, an assignment with no value, and ==
X = 1
PRINT X Y
Z =
IF X == 1 THEN PRINT "eq"
PRINT "done"
END
