* IF block closed by END, then ELSE alone on the next line belongs to it
X = 1
IF X THEN
   PRINT "a"
END
ELSE
   PRINT "b"
END
PRINT "done"
END
