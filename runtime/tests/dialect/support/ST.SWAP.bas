SUBROUTINE ST.SWAP(A, B)
* Exchange two arguments (both passed by reference)
   T = A
   A = B
   B = T
RETURN
