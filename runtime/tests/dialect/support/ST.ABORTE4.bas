* ABORTE with no message is ABORT
PRINT "before"
ABORTE
