* CONTINUE and EXIT in FOR and LOOP; nested loops affect the innermost only
FOR I = 1 TO 10
   IF MOD(I, 2) = 0 THEN CONTINUE
   IF I > 7 THEN EXIT
   PRINT I:
NEXT I
PRINT " I=":I
N = 0
LOOP
   N += 1
   IF N = 3 THEN CONTINUE
   IF N > 5 THEN EXIT
   PRINT "n":N:
REPEAT
PRINT
FOR I = 1 TO 3
   FOR J = 1 TO 3
      IF J = 2 THEN CONTINUE
      IF J = 3 THEN EXIT
      PRINT I:J:" ":
   NEXT J
NEXT I
PRINT
PRINT "done"
