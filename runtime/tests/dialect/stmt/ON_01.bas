* ON ... GOTO with expressions, fractional and out-of-range values
FOR V = -1 TO 4
   ON V GOTO A, B, C
   PRINT "fell through for ":V
   GOTO NXT
A: PRINT "A for ":V ; GOTO NXT
B: PRINT "B for ":V ; GOTO NXT
C: PRINT "C for ":V
NXT:
NEXT V
X = 2.7
ON X GOSUB S1, S2, S3
PRINT "done"
STOP
S1: PRINT "S1" ; RETURN
S2: PRINT "S2" ; RETURN
S3: PRINT "S3" ; RETURN
