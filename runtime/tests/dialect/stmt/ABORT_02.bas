* SUPPORT: ST.ABORTBARE
* ABORT without a message, from a GOSUB, in a program run with TRAPPING ABORTS
EXECUTE "BASIC BP ST.ABORTBARE" CAPTURING JUNK
EXECUTE "RUN BP ST.ABORTBARE" CAPTURING OUT TRAPPING ABORTS
PRINT "abort code ":@ABORT.CODE
PRINT "return code ":@SYSTEM.RETURN.CODE
PRINT "message names line 6: ":(INDEX(@ABORT.MESSAGE, "Abort at line 6 of", 1) > 0)
PRINT "program continues after a trapped abort"
PRINT "done"
