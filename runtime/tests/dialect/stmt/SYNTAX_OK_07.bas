* A program without a final END
X = 1
IF X THEN
   PRINT "x"
END
PRINT "done"
