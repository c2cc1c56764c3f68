* Typo in an intrinsic function name
X = "abc"
Y = LENN(X)
PRINT Y
PRINT "done"
END
