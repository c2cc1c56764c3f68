* FOR/NEXT: STEP forms, negative steps, loop variable after the loop
TOTAL = 0
FOR I = 1 TO 10 STEP 3
   TOTAL += I
NEXT I
PRINT "sum 1..10 step 3 = ":TOTAL:", I after = ":I
FOR I = 5 TO 1 STEP -2
   PRINT I:
NEXT I
PRINT
FOR I = 1 TO 0
   PRINT "never"
NEXT I
PRINT "empty loop leaves I = ":I
FOR I = 0.5 TO 2 STEP 0.5 ; PRINT I: ; NEXT I
PRINT
N = 3
FOR I = 1 TO N
   N = 10
   PRINT I:
NEXT I
PRINT
PRINT "done"
