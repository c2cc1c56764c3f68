* SUPPORT: ST.SWAP ST.FACT
* The same variable passed twice; a recursive catalogued subroutine
A = "x"
CALL ST.SWAP(A, A)
PRINT "A after swapping with itself: ":A
R = 0
CALL ST.FACT(6, R)
PRINT "6! = ":R
PRINT "done"
