* Reads one line of input and echoes it
INPUT X
PRINT "read [":X:"]"
