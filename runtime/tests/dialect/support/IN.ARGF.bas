FUNCTION IN.ARGF(A, B) VAR.ARGS
* In a FUNCTION, ARG(1) is the hidden result: the parameters are ARG(2)...
   N = ARG.COUNT()
   R = N
   FOR I = 2 TO N + 1
      R := ":" : ARG(I)
   NEXT I
   RETURN R
END
