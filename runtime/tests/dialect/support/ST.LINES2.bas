* run-time line numbers: blank lines end the shift; THEN, ELSE and CASE lines
X = 0
LOOP X += 1 UNTIL X > 3 REPEAT


Y = 1
LOOP WHILE X < 5 DO X += 1 REPEAT
IF X
THEN Y = 1
ELSE Y = 2
BEGIN CASE
   CASE X = 1 ; Y = 1
   CASE Q
END CASE
