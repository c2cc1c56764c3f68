* SET.BREAK.HANDLER and REMOVE.BREAK.HANDLER are accepted without a terminal
SET.BREAK.HANDLER "ST.NOSUCH"
PRINT "handler set"
REMOVE.BREAK.HANDLER
PRINT "handler removed"
PRINT "done"
