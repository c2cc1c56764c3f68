* LOGMSG writes to the system error log; nothing on the terminal
LOGMSG "corpus test message"
PRINT "logged"
PRINT "done"
