* FOR ... STEP with no value
FOR I = 1 TO 5 STEP
   PRINT I
NEXT I
PRINT "done"
END
