* END inside FOR is the final END
FOR I = 1 TO 2
   PRINT I
END
NEXT I
PRINT "done"
END
