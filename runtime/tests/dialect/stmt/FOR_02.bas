* FOR: changing the control variable inside the loop, STEP 0 guarded, FOR with WHILE/UNTIL
FOR I = 1 TO 10
   IF I = 3 THEN I = 8
   PRINT I:
NEXT I
PRINT
FOR I = 1 TO 10 WHILE I < 4
   PRINT I:
NEXT I
PRINT " while stops at ":I
FOR I = 1 TO 10 UNTIL I * I > 20
   PRINT I:
NEXT I
PRINT " until stops at ":I
FOR I = 10 TO 1 STEP -3 ; PRINT I:" ": ; NEXT I
PRINT
FOR I = "3" TO "5" ; PRINT I: ; NEXT I
PRINT
PRINT "done"
