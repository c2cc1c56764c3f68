SUBROUTINE ST.BARESTOP(WHERE)
* A bare STOP in a subroutine
   PRINT "stopping in ":WHERE
   STOP
   PRINT "not reached in the subroutine"
RETURN
END
