* A misspelt statement name
X = 1
PRNT X
PRINT "done"
END
