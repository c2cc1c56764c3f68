* INS with -1 at value and subvalue level, and into fields that do not exist yet
R = "a":@VM:"b":@FM:"c"
D = R ; INS "z" BEFORE D<1,-1> ; GOSUB SHOW
D = R ; INS "z" BEFORE D<2,1,-1> ; GOSUB SHOW
D = R ; INS "z" BEFORE D<4,2> ; GOSUB SHOW
D = R ; INS "z" BEFORE D<1,5> ; GOSUB SHOW
D = R ; INS "x":@VM:"y" BEFORE D<2> ; GOSUB SHOW
PRINT "done"
STOP
SHOW:
   PRINT "[":CONVERT(@FM:@VM:@SM, "^]\", D):"]"
RETURN
