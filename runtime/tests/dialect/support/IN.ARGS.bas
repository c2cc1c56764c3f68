SUBROUTINE IN.ARGS(A, B, C)
   N = ARG.COUNT()
   CRT "count=" : N
   FOR I = 1 TO N
      CRT "  arg " : I : "=" : ARG(I)
   NEXT I
RETURN
END
