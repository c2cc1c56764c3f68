* CONVERT statement without TO or IN
S = "abc"
CONVERT "a" "b" IN S
CONVERT "a" TO "b" S
PRINT "done"
END
