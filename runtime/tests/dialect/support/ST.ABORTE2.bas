* Prints a line, then aborts with ERRMSG message 201
PRINT "before"
ABORTE 201, "INV", "x"
PRINT "not reached"
