* LOOP forms: WHILE at top, UNTIL at bottom, WHILE in the middle, DO, statements on the REPEAT line
I = 0
LOOP WHILE I < 3 DO
   I += 1
   PRINT I:
REPEAT
PRINT
I = 0
LOOP
   I += 1
   PRINT I:
UNTIL I >= 4 REPEAT
PRINT
I = 0
LOOP
   I += 1
WHILE I < 5
   PRINT I:
REPEAT
PRINT
I = 0
LOOP I += 2 UNTIL I > 6 DO PRINT I: REPEAT
PRINT
S = "" ; LOOP S := "x" WHILE LEN(S) < 3 REPEAT ; PRINT S
PRINT "done"
