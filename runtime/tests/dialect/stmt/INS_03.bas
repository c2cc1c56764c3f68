* INS and DEL: before field/value/subvalue, -1 appends, past the end, 0 positions, empty array
R = "a":@FM:"b":@VM:"c"
INS "x" BEFORE R<1> ; GOSUB SHOW
INS "y" BEFORE R<3,2> ; GOSUB SHOW
INS "z" BEFORE R<3,1,1> ; GOSUB SHOW
INS "e" BEFORE R<-1> ; GOSUB SHOW
INS "v" BEFORE R<2,-1> ; GOSUB SHOW
INS "p" BEFORE R<7> ; GOSUB SHOW
INS "q" BEFORE R<2,5> ; GOSUB SHOW
E = "" ; INS "only" BEFORE E<1> ; PRINT "empty: ":E
E = "" ; INS "" BEFORE E<1> ; PRINT "empty into empty: ":LEN(E)
E = "" ; INS "m" BEFORE E<2> ; CONVERT @FM TO "^" IN E ; PRINT "empty at 2: ":E
DEL R<1> ; GOSUB SHOW
DEL R<2,1> ; GOSUB SHOW
DEL R<2,1,1> ; GOSUB SHOW
DEL R<99> ; GOSUB SHOW
DEL R<0> ; GOSUB SHOW
DEL R<1,0> ; GOSUB SHOW
PRINT "done"
STOP
SHOW:
   T = R
   CONVERT @FM:@VM:@SM TO "^]\" IN T
   PRINT T
   RETURN
