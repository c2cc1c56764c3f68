* DO and WHILE/UNTIL are statements anywhere in a LOOP or FOR body: inside IF, in FOR, DO first
FOR I = 1 TO 10
   WHILE I < 4
   PRINT "for ":I
NEXT I
PRINT "after for ":I
FOR I = 1 TO 10 UNTIL I > 2 DO
   PRINT "for until ":I
NEXT I
I = 0
LOOP
   DO
   I += 1
   IF I > 2 THEN
      WHILE I < 4
   END
   PRINT "loop ":I
REPEAT
PRINT "after loop ":I
I = 0
LOOP DO I += 1 UNTIL I = 2 REPEAT
PRINT "leading DO ":I
FOR I = 1 TO 2 ; DO ; PRINT "f":I ; NEXT I
* a WHILE in a FOR nested in a LOOP leaves the FOR only
N = 0
LOOP
   N += 1
   FOR J = 1 TO 5
      IF J = 2 THEN WHILE N > 1 DO PRINT "inner ":N:J
   NEXT J
UNTIL N = 3 DO
REPEAT
PRINT "done"
