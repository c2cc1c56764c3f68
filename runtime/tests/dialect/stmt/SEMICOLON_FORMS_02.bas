* INSERT / REPLACE with all commas (value as the last argument), DELETE and EXTRACT forms
R = "a":@FM:"b1":@VM:"b2":@FM:"c"
X = INSERT(R, 2, 1, 0, "new") ; GOSUB SHOW
X = REPLACE(R, 3, 0, 0, "C") ; GOSUB SHOW
X = DELETE(R, 2, 1) ; GOSUB SHOW
X = DELETE(R, 1) ; GOSUB SHOW
X = EXTRACT(R, 2, 2) ; GOSUB SHOW
X = EXTRACT(R, 2) ; GOSUB SHOW
X = R<2,1> : "+" : R<3> ; GOSUB SHOW
PRINT "done"
STOP
SHOW:
   PRINT CONVERT(@FM:@VM:@SM, "^]\", X)
RETURN
