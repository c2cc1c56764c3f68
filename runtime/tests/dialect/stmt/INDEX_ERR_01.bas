* too few arguments to INDEX
W = INDEX("abc", "b")
PRINT "done"
END
