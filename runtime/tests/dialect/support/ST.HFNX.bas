FUNCTION ST.HFNX(A, B)
* a FUNCTION that changes its first parameter
   A = A + 100
   RETURN A + B
END
