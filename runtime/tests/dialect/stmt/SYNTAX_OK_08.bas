* Several statements per line, labels on the same line as statements
I = 0 ; LOOP ; I += 1 ; WHILE I < 3 DO PRINT I ; REPEAT
FOR J = 1 TO 2 ; PRINT J ; NEXT J
L1: PRINT "l1" ; GOTO L2
PRINT "skipped"
L2: PRINT "done"
END
