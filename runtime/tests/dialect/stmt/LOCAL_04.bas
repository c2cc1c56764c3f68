* A LOCAL SUBROUTINE that reaches its END without RETURN stops the program
PRINT "start"
GOSUB SHOW("a")
PRINT "after gosub?"
PRINT "done"
STOP
LOCAL SUBROUTINE SHOW(X)
   PRINT "in show ":X
END
END
