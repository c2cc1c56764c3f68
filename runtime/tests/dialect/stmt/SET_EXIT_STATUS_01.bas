* SET.EXIT.STATUS sets the process exit status; output is unaffected
SET.EXIT.STATUS 3
PRINT "exit status set"
PRINT "done"
