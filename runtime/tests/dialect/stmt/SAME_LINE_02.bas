* A statement followed by NEXT, REPEAT or UNTIL without a semicolon
T = 0
FOR I = 1 TO 4 ; T += I NEXT I
PRINT "for: ":T
I = 0
LOOP I += 1 UNTIL I = 3 REPEAT
PRINT "loop: ":I
PRINT "done"
