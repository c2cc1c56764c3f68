* UNTIL: at the top, in the middle and at the end of a loop; with DO; in a FOR header; a
* condition true at once; mixed with WHILE
I = 0
LOOP UNTIL I >= 3 DO I += 1 REPEAT
PRINT "a ":I
I = 0
LOOP
   I += 1
UNTIL I = 5 DO
   PRINT "b ":I
REPEAT
PRINT "b end ":I
FOR J = 10 TO 1 STEP -2 UNTIL J < 5
   PRINT "c ":J
NEXT J
PRINT "c end ":J
LOOP UNTIL 1 DO PRINT "never" REPEAT
I = 0
LOOP I += 1 WHILE I < 10 UNTIL I = 4 REPEAT
PRINT "d ":I
LOOP UNTIL "" DO EXIT REPEAT
PRINT "done"
