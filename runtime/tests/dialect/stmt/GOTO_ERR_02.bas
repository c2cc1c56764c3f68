* GOTO and GOSUB to labels that do not exist, several in one program
GOTO MISSING1
GOSUB MISSING2
ON X GOTO L1, MISSING3
L1:
PRINT "done"
END
