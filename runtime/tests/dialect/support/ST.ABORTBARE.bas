* ABORT with no message, from inside an internal subroutine
GOSUB CHECK
PRINT "not reached"
STOP
CHECK:
   ABORT
RETURN
