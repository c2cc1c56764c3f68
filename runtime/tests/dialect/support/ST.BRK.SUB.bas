SUBROUTINE ST.BRK.SUB
* a break handler (used by SET_BREAK_HANDLER_01): never called without a terminal
   PRINT "handler called"
RETURN
END
