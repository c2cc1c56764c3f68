* An update through a READONLY file variable with no ON ERROR stops the program with
* the statement's own message (CLEARFILE stops even with ON ERROR); nothing changes
* SUPPORT: ST.ROCLEAR
EXECUTE "BASIC BP ST.ROCLEAR" CAPTURING JUNK
EXECUTE "RUN BP ST.ROCLEAR" CAPTURING OUT TRAPPING ABORTS
M = @ABORT.MESSAGE
PRINT "aborted: ":@ABORT.CODE
PRINT "message: ":M[11, INDEX(M, " of /", 1) - 11]
PRINT "output: ":CONVERT(@FM, "|", OUT)
OPEN "RO.CLEAR" TO F ELSE STOP
SELECT F TO 1
N = 0
LOOP
   READNEXT ID FROM 1 ELSE EXIT
   READ R FROM F, ID THEN N += 1 ; PRINT ID:"=":R
REPEAT
PRINT N:" record(s)"
PRINT "done"
