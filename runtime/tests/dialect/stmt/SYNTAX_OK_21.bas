* DO, REPEAT, UNTIL and WHILE as variable names on the left of =
DO = 1
REPEAT = 2
UNTIL = 3
WHILE = 4
PRINT "done"
END
