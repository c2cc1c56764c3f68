* SUPPORT: ST.ABORTM
* ABORTM with a message built from an expression
EXECUTE "BASIC BP ST.ABORTM" CAPTURING JUNK
EXECUTE "RUN BP ST.ABORTM" CAPTURING OUT TRAPPING ABORTS
PRINT "abort code ":@ABORT.CODE:", rc ":@SYSTEM.RETURN.CODE
M = @ABORT.MESSAGE
PRINT "message names line 3: ":(INDEX(M, "Abort at line 3 of", 1) > 0)
PRINT "done"
