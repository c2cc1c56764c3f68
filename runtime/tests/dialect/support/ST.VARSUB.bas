SUBROUTINE ST.VARSUB(A, B, C) VAR.ARGS
* Reports its arguments; sets the last one passed to "seen"
   N = ARG.COUNT()
   L = ""
   FOR I = 1 TO N
      L := ARG(I):" "
   NEXT I
   PRINT N:" args: ":L
   SET.ARG N, "seen"
RETURN
