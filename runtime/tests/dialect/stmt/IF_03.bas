* A multi-line THEN block closed by the final END of the program
X = 1
IF X = 1 THEN
   PRINT "yes"
PRINT "done"
END
