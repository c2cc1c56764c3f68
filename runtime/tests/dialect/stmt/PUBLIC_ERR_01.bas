* PUBLIC outside a CLASS module is a compile error
PUBLIC SUBROUTINE SHOW
   PRINT "x"
END
PRINT "done"
