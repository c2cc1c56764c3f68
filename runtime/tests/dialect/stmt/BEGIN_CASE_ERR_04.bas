* END CASE missing inside a loop
FOR I = 1 TO 2
   BEGIN CASE
      CASE I = 1
         PRINT "one"
NEXT I
PRINT "done"
END
