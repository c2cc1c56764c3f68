* Calls ST.SWAP with one argument
A = 1
CALL ST.SWAP(A)
PRINT "not reached"
