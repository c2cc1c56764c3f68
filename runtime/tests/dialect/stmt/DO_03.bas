* DO, WHILE and UNTIL end a single-line THEN clause: what follows them (no ';') comes after the IF
X = 0
FOR J = 1 TO 3
   IF X THEN DO PRINT "a":J
NEXT J
I = 0
LOOP
   I += 1
   IF I > 5 THEN WHILE 0 DO PRINT "b":I
   IF I > 7 THEN EXIT
REPEAT
I = 0
LOOP
   I += 1
   IF I = 1 THEN PRINT "c" UNTIL I = 2
REPEAT
FOR J = 1 TO 5
   IF J = 2 THEN PRINT "two" WHILE J < 3
   PRINT J
NEXT J
FOR J = 1 TO 3
   PRINT "x" UNTIL J = 2
NEXT J
PRINT "done"
