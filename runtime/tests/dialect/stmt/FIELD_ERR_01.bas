* too few arguments to FIELD
W = FIELD("abc", "b")
PRINT "done"
END
