* TRANSACTION ABORT outside a transaction
PRINT "before"
TRANSACTION ABORT
PRINT "after"
