* Valid but unusual forms: GO label, GOSUB label with colon, NEXT without variable, empty THEN
X = 0
GO L1
PRINT "skipped"
L1:
GOSUB S1:
FOR I = 1 TO 2
   X += I
NEXT
IF X THEN NULL
LOOP WHILE X < 10 DO X += 1 REPEAT
PRINT X
PRINT "done"
STOP
S1:
   PRINT "s1"
   RETURN
END
