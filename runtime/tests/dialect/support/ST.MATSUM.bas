SUBROUTINE ST.MATSUM(MAT V, N, TOTAL)
* Sums the first N elements of a matrix argument and doubles each
   DIM V(20)
   TOTAL = 0
   FOR I = 1 TO N
      TOTAL += V(I)
      V(I) = V(I) * 2
   NEXT I
RETURN
