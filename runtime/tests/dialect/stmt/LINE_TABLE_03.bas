* Run-time error line numbers where statements share a line (ScarletDME's line table)
* SUPPORT: ST.LINES3 ST.LINES.H
EXECUTE "BASIC BP ST.LINES3" CAPTURING JUNK
EXECUTE "RUN BP ST.LINES3" CAPTURING OUT TRAPPING ABORTS
M = @ABORT.MESSAGE
PRINT "aborted: ":@ABORT.CODE
PRINT "message: ":M[11, INDEX(M, " of /", 1) - 11]
PRINT "done"
