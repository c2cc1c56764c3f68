SUBROUTINE ST.NOARGS
* A subroutine with no argument list
   FOR I = 1 TO 10
      IF I = 3 THEN RETURN
      PRINT "loop ":I
   NEXT I
   PRINT "not reached"
RETURN
