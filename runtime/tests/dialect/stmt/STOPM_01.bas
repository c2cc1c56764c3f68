* STOPM prints its message; STOP with no message is silent
X = "job ":42
IF X THEN STOPM X:" finished"
PRINT "not reached"
