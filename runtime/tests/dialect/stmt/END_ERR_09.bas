* END in a single-line THEN is the final END: the lines after it are an error
X = 0
IF X THEN END
PRINT "after"
IF X THEN STOP ELSE PRINT "else"
PRINT "done"
END
