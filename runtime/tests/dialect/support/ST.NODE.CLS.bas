CLASS ST.NODE.CLS
* A named node that may hold another node; says when it goes
   PUBLIC NAME, CHILD
   PUBLIC SUBROUTINE CREATE.OBJECT(N)
      NAME = N
   END
   PUBLIC SUBROUTINE DESTROY.OBJECT
      PRINT "destroy ":NAME
   END
   PUBLIC FUNCTION SELF
      RETURN ME
   END
END
