* CALL with no subroutine name
CALL
CALL (X)
PRINT "done"
END
