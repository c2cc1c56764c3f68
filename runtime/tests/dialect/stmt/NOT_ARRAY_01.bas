* SUPPORT: ST.NOTARR1
* A name known as a variable (assigned before, or an argument) indexed as
* X(i): BCOMP compiles it; at run time a scalar is "Expected array variable"
EXECUTE "BASIC BP ST.NOTARR1" CAPTURING JUNK
EXECUTE "RUN BP ST.NOTARR1" CAPTURING OUT TRAPPING ABORTS
M = @ABORT.MESSAGE
PRINT "abort code: ":@ABORT.CODE
PRINT "message: ":M[11, INDEX(M, " of ", 1) - 11]
LOOP
   REMOVE L FROM OUT SETTING D
   PRINT "  output: ":L
WHILE D DO REPEAT
PRINT "done"
