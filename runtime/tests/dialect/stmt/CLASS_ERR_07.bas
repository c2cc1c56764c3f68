* CLASS module compile error: more arguments than MAX.ARGS
CLASS E7 MAX.ARGS 2
   PUBLIC SUBROUTINE S(A, B, C)
   END
END
