* Field assignment R<f>, R<f,v>, R<f,v,s> = x: appending with -1, beyond the end, on an empty variable
R = ""
R<1> = "a"
R<3> = "c"
GOSUB SHOW
R<2,2> = "bv"
GOSUB SHOW
R<-1> = "end"
GOSUB SHOW
R<1,-1> = "a2"
GOSUB SHOW
R<1,1,-1> = "sub"
GOSUB SHOW
R<2,5,2> = "deep"
GOSUB SHOW
R<0> = "zero"
GOSUB SHOW
X = "" ; X<1,1,1> = "" ; PRINT "empty assign len: ":LEN(X)
PRINT "done"
STOP
SHOW:
   PRINT CONVERT(@FM:@VM:@SM, "^]\", R)
RETURN
