SUBROUTINE ST.BRK.REM
* removes the caller's break handler (used by REMOVE_BREAK_HANDLER_01)
   REMOVE.BREAK.HANDLER
   PRINT "removed in subroutine"
RETURN
END
