* CLASS module compile error: PUBLIC after the routines
CLASS E8
   PRIVATE A
   PUBLIC SUBROUTINE S
      A = 1
   END
   GET G
      A = 2
   END
   PUBLIC B
END
