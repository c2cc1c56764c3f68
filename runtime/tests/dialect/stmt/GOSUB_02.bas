* ON expr GOSUB picks a label by number; out of range values; RETURN TO
FOR I = 0 TO 4
   ON I GOSUB L1, L2, L3
   PRINT " after ":I
NEXT I
GOSUB JUMPER
PRINT "not printed"
BACK:
PRINT "returned to BACK"
PRINT "done"
STOP
L1: PRINT "one": ; RETURN
L2: PRINT "two": ; RETURN
L3: PRINT "three": ; RETURN
JUMPER:
   PRINT "in jumper"
   RETURN TO BACK
