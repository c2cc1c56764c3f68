* WAKE of a user number that is not pausing
WAKE 999
PRINT "status: ":STATUS()
PRINT "done"
