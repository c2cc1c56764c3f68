* Many errors in one program: order, count, and continuing after each
X = 1
PRIMT X
FOR I = 1 TO
Y = (1
IF X PRINT 1
Z = "abc
GOTO NOWHERE
PRINT "done"
END
