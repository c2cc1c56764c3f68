* A LOCAL FUNCTION that reaches its END without RETURN stops the program
DEFFUN NOTHING(A) LOCAL
PRINT "start"
X = NOTHING(1)
PRINT "after call? ":X
PRINT "done"
STOP
LOCAL FUNCTION NOTHING(A)
   PRINT "in nothing ":A
END
END
