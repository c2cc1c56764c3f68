SUBROUTINE IN.SUBR.SET(RESULT, X, Y)
   X = X + 1
   RESULT = "x=" : X : " y=" : Y
RETURN
END
