* CLASS module compile error: PUBLIC after executable code, a routine after it, PUBLIC inside a routine
CLASS E4
   X = 1
   PUBLIC A
   PUBLIC SUBROUTINE S
      PUBLIC B
   END
END
