* SUPPORT: ST.KEYX.UNASS
* KEYEXIT evaluates its operands: an unassigned one is a run-time error
EXECUTE "BASIC BP ST.KEYX.UNASS" CAPTURING JUNK
EXECUTE "RUN BP ST.KEYX.UNASS" CAPTURING OUT TRAPPING ABORTS
PRINT "abort code: ":@ABORT.CODE
M = @ABORT.MESSAGE
P = INDEX(M, " of /", 1)
IF P THEN M = M[1, P - 1]
IF M[9, 2] = ": " THEN M = M[11, 999]
PRINT "message: ":M
PRINT "done"
