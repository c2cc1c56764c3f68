* NEXT with and without the variable's name, on the FOR line, after a statement; the variable
* after the loop; a changed control variable; fractional and negative steps; an empty range
FOR I = 1 TO 3 ; NEXT
PRINT "a ":I
FOR I = 1 TO 3 ; X = I NEXT I
PRINT "b ":I:" ":X
FOR I = 1 TO 2
   FOR J = 1 TO 2
      PRINT "c ":I:J
   NEXT J
NEXT I
FOR I = 1 TO 10
   IF I = 3 THEN I = 8
   PRINT "d ":I
NEXT I
FOR I = 0 TO 1 STEP 0.25 ; S = I NEXT I
PRINT "e ":I:" ":S
FOR I = 5 TO 1 STEP -2 ; PRINT "f ":I ; NEXT I
FOR I = 5 TO 1 ; PRINT "never" ; NEXT I
PRINT "g ":I
FOR I = "1" TO "3" ; NEXT I
PRINT "h ":I
PRINT "done"
