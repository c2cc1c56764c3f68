FUNCTION ST.HALF(A)
* half of A (the argument is passed by reference)
RETURN A / 2
END
