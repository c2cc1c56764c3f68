SUBROUTINE ST.COMBUMP(V, N)
* Adds N to V, counts calls in COMMON, and shows both views
   COMMON /TOTALS/ GRAND, COUNT
   V += N
   COUNT += 1
   PRINT "inside: V=":V:" GRAND=":GRAND:" COUNT=":COUNT
RETURN
