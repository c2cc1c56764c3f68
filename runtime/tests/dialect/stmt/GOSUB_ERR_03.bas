* ON GOSUB naming a missing label, GO TO a missing label
X = 1
ON X GOSUB S1, S2
GO TO S3
PRINT "done"
STOP
S1: RETURN
END
