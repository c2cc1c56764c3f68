CLASS ST.LOGGED.CLS
* An object whose destructor appends "destroy NAME" to record LOG of file OBJLOG
   PUBLIC NAME
   PUBLIC SUBROUTINE CREATE.OBJECT(N)
      NAME = N
      CALL ST.OBJLOG("create ":N)
   END
   PUBLIC SUBROUTINE DESTROY.OBJECT
      CALL ST.OBJLOG("destroy ":NAME)
   END
END
