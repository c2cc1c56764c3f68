SUBROUTINE IN.ARGC(A, B, C) VAR.ARGS
   CRT "count=" : ARG.COUNT() : " assigned b=" : ASSIGNED(B) : " c=" : ASSIGNED(C)
RETURN
END
