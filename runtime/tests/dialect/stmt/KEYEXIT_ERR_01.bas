* KEYEXIT needs bracketed (action, key) pairs
KEYEXIT 1, 27
PRINT "done"
