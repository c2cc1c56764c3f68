* too few arguments to SUBSTRINGS in an IF
IF SUBSTRINGS("abc", 1) = "a" THEN PRINT "a"
PRINT "done"
END
