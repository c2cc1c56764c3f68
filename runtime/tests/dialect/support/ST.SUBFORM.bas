SUB ST.SUBFORM(V)
* Declared with SUB instead of SUBROUTINE
   PRINT "sub got ":V
RETURN
