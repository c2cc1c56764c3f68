SUBROUTINE ST.COUNTARGS(A, B, C)
* Reports which of its arguments were passed
   PRINT "arg.count=":ARG.COUNT():
   IF ASSIGNED(A) THEN PRINT " A=":A:
   IF ASSIGNED(B) THEN PRINT " B=":B:
   IF ASSIGNED(C) THEN PRINT " C=":C:
   PRINT
RETURN
