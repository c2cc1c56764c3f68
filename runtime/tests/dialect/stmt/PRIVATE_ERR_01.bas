* PRIVATE outside a LOCAL routine
PRIVATE X
X = 1
PRINT "done"
END
