* extra argument to INDEX
X = INDEX("abc", "b", 1, 2)
PRINT "done"
END
