* INSERT / REPLACE / DELETE / EXTRACT function forms with the semicolon before the new value
R = "a":@FM:"b1":@VM:"b2":@FM:"c"
X = INSERT(R, 2, 1; "new") ; GOSUB SHOW
X = INSERT(R, 2; "field") ; GOSUB SHOW
X = INSERT(R, 2, 2, 1; "sv") ; GOSUB SHOW
X = REPLACE(R, 3; "C") ; GOSUB SHOW
X = REPLACE(R, 2, 2; "B2") ; GOSUB SHOW
X = REPLACE(R, 2, 2, 2; "s") ; GOSUB SHOW
X = REPLACE(R, 5; "far") ; GOSUB SHOW
X = INSERT(R, -1; "end") ; GOSUB SHOW
X = REPLACE(R, 2, -1; "b3") ; GOSUB SHOW
PRINT "done"
STOP
SHOW:
   PRINT CONVERT(@FM:@VM:@SM, "^]\", X)
RETURN
