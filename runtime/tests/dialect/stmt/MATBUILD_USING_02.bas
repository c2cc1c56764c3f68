* SUPPORT: ST.MBUSING
* MATBUILD R FROM M, 1, 3 USING ",": USING is read as a variable formatting the
* end bound, unassigned here: ScarletDME stops with a run-time error
EXECUTE "BASIC BP ST.MBUSING" CAPTURING JUNK
EXECUTE "RUN BP ST.MBUSING" CAPTURING OUT TRAPPING ABORTS
M = @ABORT.MESSAGE
LOOP
   REMOVE L FROM OUT SETTING D
   IF INDEX(L, " of /", 1) THEN L = L[1, INDEX(L, " of /", 1) - 1]
   IF L[9, 2] = ": " THEN L = L[11, 999]
   PRINT "  ":L
WHILE D DO REPEAT
IF @ABORT.CODE THEN
   PRINT "aborted: ":M[11, INDEX(M, " of /", 1) - 11]
END
PRINT "done"
