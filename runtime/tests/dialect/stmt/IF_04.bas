* ELSE at the start of the line after a single-line IF ... THEN
FOR X = 1 TO 2
   IF X = 1 THEN PRINT "then ":X
   ELSE PRINT "else ":X
   PRINT "after ":X
NEXT X
PRINT "done"
END
