* END closes IF/THEN/ELSE blocks; final END; text after final END is an error only if not a comment
X = 3
IF X > 2 THEN
   PRINT "big"
END ELSE
   PRINT "small"
END
IF X = 3 THEN PRINT "three" ; PRINT "same line"
PRINT "done"
END
* a comment after the final END is fine
