* DO, WHILE and UNTIL outside any LOOP or FOR
X = 1
DO
WHILE X
IF X THEN UNTIL X
PRINT "done"
