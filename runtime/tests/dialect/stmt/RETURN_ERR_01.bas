* RETURN TO a label that does not exist
GOSUB A
PRINT "done"
STOP
A:
   RETURN TO NOWHERE
END
