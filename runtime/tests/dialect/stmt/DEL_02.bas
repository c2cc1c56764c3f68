* DEL of the last value and subvalue; DEL with -1; deleting from a single-value field
R = "a":@VM:"b":@FM:"c":@SM:"d"
D = R ; DEL D<1,2> ; GOSUB SHOW
D = R ; DEL D<2,1,2> ; GOSUB SHOW
D = R ; DEL D<1,-1> ; GOSUB SHOW
D = R ; DEL D<2,1> ; GOSUB SHOW
D = R ; DEL D<1,0,0> ; GOSUB SHOW
D = R ; DEL D<3,1> ; GOSUB SHOW
PRINT "done"
STOP
SHOW:
   PRINT "[":CONVERT(@FM:@VM:@SM, "^]\", D):"]"
RETURN
