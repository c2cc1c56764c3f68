* LOCAL SUBROUTINE with no END at the end of the source (and no final END)
GOSUB S1
PRINT "done"
STOP
LOCAL SUBROUTINE S1
   X = 1
   RETURN
