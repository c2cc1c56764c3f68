* FOR without TO, and FOR without a loop variable
FOR I = 1
   PRINT I
NEXT I
FOR = 1 TO 3
NEXT
PRINT "done"
END
