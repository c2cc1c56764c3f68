SUBROUTINE ST.NOTARRS(A, N)
* NOT_ARRAY_03: an argument indexed: a matrix passed works, a scalar fails
PRINT "element ":N:" is ":A(N)
RETURN
END
