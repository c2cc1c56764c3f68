* NEXT of the outer loop inside the inner loop's LOOP/REPEAT
FOR I = 1 TO 3
   LOOP
      X = 1
   NEXT I
   REPEAT
PRINT "done"
END
