* DEBUG in a program not compiled in debug mode is ignored with a warning at compile time
X = 1
DEBUG
PRINT "after debug ":X
PRINT "done"
