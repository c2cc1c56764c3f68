* END in a single-line ELSE inside a loop is the final END
FOR I = 1 TO 2
   IF I < 5 THEN PRINT I ELSE END
NEXT I
PRINT "done"
END
