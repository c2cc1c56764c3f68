* CLASS module compile error: an argument name used twice
CLASS E5
   PUBLIC SUBROUTINE S(A, A)
   END
   SET T(V)
      RETURN V
   END
END
