* GO and GO TO jump to a label like GOTO
I = 0
10 I += 1
IF I < 3 THEN GO 10
PRINT "i=":I
GO TO SKIP
PRINT "not printed"
SKIP:
PRINT "skipped"
GO END.LABEL
PRINT "not printed"
END.LABEL: PRINT "done"
