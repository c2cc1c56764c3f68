* SUPPORT: ST.ENTERED
* ENTER transfers to a subroutine without returning (ScarletDME's default mode treats it as CALL)
PRINT "before enter"
ENTER ST.ENTERED
PRINT "after enter"
PRINT "done"
