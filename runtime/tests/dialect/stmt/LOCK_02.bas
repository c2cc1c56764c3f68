* LOCK with an out-of-range lock number is a run-time error: run it through EXECUTE
* SUPPORT: ST.BADLOCK
EXECUTE "BASIC BP ST.BADLOCK" CAPTURING JUNK
EXECUTE "RUN BP ST.BADLOCK" CAPTURING OUT TRAPPING ABORTS
M = @ABORT.MESSAGE
PRINT "aborted: ":(@ABORT.CODE # 0)
PRINT "message: ":M[11, INDEX(M, " of /", 1) - 11]
PRINT "done"
