* GOTO and GO / GO TO; ON GOTO; a simple state machine
STATE = 1
COUNT = 0
START:
COUNT += 1
ON STATE GOTO S1, S2, S3
S1:
   PRINT "state 1"
   STATE = 2
   GO START
S2:
   PRINT "state 2"
   STATE = 3
   GO TO START
S3:
   PRINT "state 3 after ":COUNT:" passes"
   GOTO FINISH
PRINT "skipped"
FINISH:
PRINT "done"
