* INS inserts fields, values, subvalues; -1 appends; beyond the end pads with marks
R = "a":@FM:"b":@FM:"c"
D = R ; INS "new" BEFORE D<2> ; GOSUB SHOW
D = R ; INS "v" BEFORE D<2,1> ; GOSUB SHOW
D = R ; INS "s" BEFORE D<2,1,1> ; GOSUB SHOW
D = R ; INS "end" BEFORE D<-1> ; GOSUB SHOW
D = R ; INS "far" BEFORE D<6> ; GOSUB SHOW
D = R ; INS "" BEFORE D<1> ; GOSUB SHOW
D = "" ; INS "first" BEFORE D<1> ; GOSUB SHOW
D = "" ; INS "x" BEFORE D<3> ; GOSUB SHOW
D = R ; INS "v3" BEFORE D<2,3> ; GOSUB SHOW
D = R ; INS "z" BEFORE D<0> ; GOSUB SHOW
PRINT "done"
STOP
SHOW:
   PRINT "[":CONVERT(@FM:@VM:@SM, "^]\", D):"]"
RETURN
