* A binary operator at the end of a line continues the expression on the next line
Y = 5
X = 1 +
   Y
PRINT X
S = "a" :
   "b"
PRINT S
IF X > 1 AND
   Y = 5 THEN PRINT "both"
PRINT "done"
END
