* one argument to MOD
X = MOD(7)
PRINT "done"
END
