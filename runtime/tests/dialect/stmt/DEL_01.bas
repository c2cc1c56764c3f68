* DEL removes fields, values, subvalues; out of range positions leave the array alone
R = "f1":@FM:"v1":@VM:"v2":@VM:"v3":@FM:"s1":@SM:"s2":@FM:"f4"
D = R ; DEL D<2> ; GOSUB SHOW
D = R ; DEL D<2,2> ; GOSUB SHOW
D = R ; DEL D<3,1,1> ; GOSUB SHOW
D = R ; DEL D<9> ; GOSUB SHOW
D = R ; DEL D<2,7> ; GOSUB SHOW
D = R ; DEL D<0> ; GOSUB SHOW
D = R ; DEL D<-1> ; GOSUB SHOW
D = "only" ; DEL D<1> ; GOSUB SHOW
D = "" ; DEL D<1> ; GOSUB SHOW
PRINT "done"
STOP
SHOW:
   PRINT "[":CONVERT(@FM:@VM:@SM, "^]\", D):"]"
RETURN
