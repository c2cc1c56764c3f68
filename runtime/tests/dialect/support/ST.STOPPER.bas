* Stops with a message
PRINT "working"
STOP "stopped early"
PRINT "not reached"
