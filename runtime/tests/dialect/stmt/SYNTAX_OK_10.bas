* IF ... THEN block left open: the last END closes it (a program needs no final END)
X = 1
IF X = 1 THEN
   PRINT "one"
PRINT "done"
END
