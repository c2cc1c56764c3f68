CLASS ST.DIS.CLS
* DISINHERIT of each of three inherited objects, of one never inherited, twice
   PRIVATE A, B, C
   PUBLIC SUBROUTINE TAKE3(X, Y, Z)
      A = X ; B = Y ; C = Z
      INHERIT A ; INHERIT B ; INHERIT C
   END
   PUBLIC SUBROUTINE DROP(N)
      BEGIN CASE
         CASE N = 1 ; DISINHERIT A
         CASE N = 2 ; DISINHERIT B
         CASE N = 3 ; DISINHERIT C
      END CASE
   END
   PUBLIC SUBROUTINE DROP.OTHER(O)
      DISINHERIT O
   END
END
