* FOR with no NEXT
FOR I = 1 TO 3
   PRINT I
PRINT "done"
END
