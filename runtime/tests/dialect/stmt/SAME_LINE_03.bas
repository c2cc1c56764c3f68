* IF ... THEN ... on one line followed by NEXT on the same line
FOR I = 1 TO 5 ; IF I = 3 THEN CONTINUE ; PRINT I: ; NEXT I
PRINT
FOR I = 1 TO 5 ; IF MOD(I, 2) THEN PRINT I: ; NEXT I
PRINT
PRINT "done"
