* RETURN TO a label that does not exist
GOSUB S1
PRINT "done"
STOP
S1:
RETURN TO NOWHERE
END
