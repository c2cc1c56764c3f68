SUBROUTINE ST.ENTERED
* Target of ENTER_01
   PRINT "in entered routine"
RETURN
