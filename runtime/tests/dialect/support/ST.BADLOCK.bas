* Takes a task lock number outside 0..63
LOCK 64
PRINT "got lock 64"
