* GOSUB from inside FOR and LOOP; the subroutine changes the loop variable; deep nesting
DEPTH = 0
FOR I = 1 TO 5
   GOSUB MAYBE.SKIP
   PRINT I:
NEXT I
PRINT
GOSUB DEEP
PRINT "max depth ":DEPTH
PRINT "done"
STOP
MAYBE.SKIP:
   IF I = 2 THEN I = 3
RETURN
DEEP:
   DEPTH += 1
   IF DEPTH < 50 THEN GOSUB DEEP
RETURN
