* REPEAT ends LOOP: after ';', on a labelled line, nested loops, EXIT and CONTINUE reaching REPEAT
I = 0
LOOP ; I += 1 ; IF I > 3 THEN EXIT
   PRINT "i=":I ; REPEAT
PRINT "exit at ":I
* nested: the inner REPEAT closes the inner LOOP
N = 0
FOR A = 1 TO 2
   B = 0
   LOOP
      B += 1
   UNTIL B > 2
      N += 1
   REPEAT
NEXT A
PRINT "nested count ":N
* CONTINUE goes to the top, past REPEAT's jump
I = 0 ; S = ""
LOOP
   I += 1
   IF REM(I, 2) = 0 THEN CONTINUE
   IF I > 7 THEN EXIT
   S := I
REPEAT
PRINT "odd: ":S
* a label on the REPEAT line and GOTO to it
I = 0
LOOP
   I += 1
   IF I < 3 THEN GOTO 100
   PRINT "past goto at ":I
100 IF I >= 4 THEN EXIT
REPEAT
PRINT "label loop ended at ":I
* LOOP with the body and REPEAT on one line after a WHILE
X = "a":@FM:"b":@FM:"c" ; P = 0 ; OUT = ""
LOOP P += 1 ; V = X<P> WHILE V # "" DO OUT := V REPEAT
PRINT "fields: ":OUT
PRINT "done"
