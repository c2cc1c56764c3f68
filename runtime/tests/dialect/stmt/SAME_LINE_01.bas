* A statement followed by NEXT / REPEAT / UNTIL / WHILE on the same line, with semicolons
T = 0
FOR I = 1 TO 4 ; T += I ; NEXT I
PRINT "for: ":T
I = 0
LOOP ; I += 1 ; UNTIL I = 3 ; REPEAT
PRINT "loop until: ":I
I = 0
LOOP ; I += 1 ; WHILE I < 5 ; REPEAT
PRINT "loop while: ":I
FOR I = 1 TO 3 ; PRINT I: ; NEXT I ; PRINT
S = "a":@FM:"b"
LOOP ; REMOVE X FROM S SETTING D ; PRINT X: ; WHILE D ; REPEAT ; PRINT
PRINT "done"
