* too many arguments to UPCASE
W = UPCASE("abc", "b")
PRINT "done"
END
