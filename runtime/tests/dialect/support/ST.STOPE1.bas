* STOPE with no message is STOP
PRINT "a"
STOPE
PRINT "b"
