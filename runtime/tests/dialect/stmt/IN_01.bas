* IN reads one byte from the keyboard; with no terminal and a timeout it takes ELSE
IN C FOR 5 THEN PRINT "got ":SEQ(C) ELSE PRINT "timed out, C=[":C:"]"
PRINT "done"
