* no arguments to TRIM
W = TRIM()
PRINT "done"
END
