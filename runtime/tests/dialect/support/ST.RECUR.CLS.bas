CLASS ST.RECUR.CLS
* Recursion through ME, ME->property assignment, a dynamic array property
   PUBLIC N, LIST
   PUBLIC SUBROUTINE CREATE.OBJECT
      N = 0
      LIST = "a":@FM:"b":@FM:"c"
   END
   PUBLIC FUNCTION FACT(K)
      IF K <= 1 THEN RETURN 1
      N += 1
      RETURN K * ME->FACT(K - 1)
   END
   PUBLIC SUBROUTINE BUMP
      ME->N = N + 10
   END
END
