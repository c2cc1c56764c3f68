* PAUSE with a timeout returns when no WAKE arrives
PAUSE 1
PRINT "resumed after pause"
PRINT "done"
