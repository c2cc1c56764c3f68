SUBROUTINE ST.ARGSET(A, B, C) VAR.ARGS
* Reports which arguments were passed; SET.ARG changes the caller's variables
   N = ARG.COUNT()
   PRINT "n=" : N : " a=" : ASSIGNED(A) : " b=" : ASSIGNED(B) : " c=" : ASSIGNED(C)
   IF N >= 2 THEN SET.ARG 2, "set2"
   IF N >= 1 THEN SET.ARG 1, ARG(1) : "+"
   C = "cc"
RETURN
END
