* A LOCAL SUBROUTINE missing its END before the next one: a warning, still runs
GOSUB A
PRINT "done"
STOP
LOCAL SUBROUTINE A
   PRINT "a"
   RETURN
LOCAL SUBROUTINE B
   PRINT "b"
   RETURN
END
