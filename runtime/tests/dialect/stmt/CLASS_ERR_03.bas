* CLASS module compile error: a routine name defined twice (ScarletDME then reads on outside the routine)
CLASS E2
   PUBLIC A
   PUBLIC FUNCTION F(X)
      RETURN X
   END
   PUBLIC FUNCTION F(Y)
      RETURN Y
   END
   PUBLIC SUBROUTINE A
   END
END
