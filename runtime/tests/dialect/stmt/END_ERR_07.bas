* An END after a THEN block inside a loop is the final END
FOR I = 1 TO 2
   IF I > 5 THEN
      END
   END
NEXT I
PRINT "done"
END
