* run-time line numbers: statements sharing a line start extra line-table entries
X = 0
LOOP X += 1 UNTIL X > 2 REPEAT
IF X THEN Y = 1 ELSE Y = 2
A = "A":@FM:"B" ; LOCATE "B" IN A<1> SETTING P THEN Y = P ELSE Y = 0
READNEXT ID THEN Y = 1 ELSE Y = 0
FOR I = 1 TO 2 ; Y += I ; NEXT I
FOR I = 1 TO 2 ; Y += I NEXT I
L1: Y += 1
10 Y += 1
* a comment line is no blank line
Y = Q
