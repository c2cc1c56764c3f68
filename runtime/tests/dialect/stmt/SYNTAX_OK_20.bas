* END of an IF block followed by a statement on the same line
X = 1
IF X THEN
   PRINT "a"
END PRINT "b"
PRINT "done"
END
