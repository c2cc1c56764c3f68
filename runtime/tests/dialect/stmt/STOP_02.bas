* SUPPORT: ST.BARESTOP
* A bare STOP in a called subroutine ends the whole program, not just the subroutine
PRINT "calling"
CALL ST.BARESTOP("sub")
PRINT "caller carries on?"
PRINT "done"
