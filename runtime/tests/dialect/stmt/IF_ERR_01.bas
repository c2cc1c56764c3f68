* IF with neither THEN nor ELSE
X = 1
IF X = 1 PRINT "yes"
PRINT "done"
END
