* GOSUB to a label that does not exist
GOSUB NOWHERE
PRINT "done"
STOP
SOMEWHERE:
RETURN
END
