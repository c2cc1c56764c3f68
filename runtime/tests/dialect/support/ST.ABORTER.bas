* A program that aborts with a message (run through EXECUTE by ABORT_* programs)
PRINT "working"
IF @SENTENCE[1,3] = "RUN" THEN ABORT "order file damaged"
PRINT "not reached"
