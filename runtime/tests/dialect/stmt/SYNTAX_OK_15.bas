* IF, THEN and ELSE as variable names on the left of =
IF = 1
THEN = 2
ELSE = 3
PRINT "done"
END
