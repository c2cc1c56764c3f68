CLASS ST.POINT.CLS
* Per-object data, fresh local variables on each call, arguments by
* reference, ME, and a GOSUB to a label of the module
   PUBLIC X, Y READONLY
   PRIVATE CALLS
   PUBLIC SUBROUTINE CREATE.OBJECT(X0, Y0)
      X = X0
      Y = Y0
      CALLS = 0
   END
   PUBLIC FUNCTION MOVE(DX, DY)
      CALLS += 1
      IF UNASSIGNED(LAST) THEN PRINT "last unassigned" ELSE PRINT "last: ":LAST
      LAST = DX
      X += DX
      Y += DY
      DX = "moved"
      RETURN CALLS
   END
   PUBLIC SUBROUTINE SHOW
      GOSUB FORMAT
      PRINT "(":X:",":Y:") calls ":CALLS
   END
   PUBLIC FUNCTION TWIN
      RETURN ME
   END
   PUBLIC FUNCTION SUM(A, B, C) VAR.ARGS
      T = A
      IF ASSIGNED(B) THEN T += B
      IF ASSIGNED(C) THEN T += C
      RETURN T
   END
   PUBLIC SUBROUTINE COPYTO((V))
      V = V * 2
      PRINT "copy: ":V
   END
FORMAT:
   PRINT "point ":
   RETURN
END
