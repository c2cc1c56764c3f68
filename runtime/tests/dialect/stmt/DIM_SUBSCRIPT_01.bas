* one subscript of a two-dimensional matrix is its row's first column; a zero
* row or column is element 0, of either kind of matrix
DIM A(2,3), B(3)
MAT A = "-" ; MAT B = "b"
A(1,1) = "a11" ; A(2,1) = "a21" ; A(1,2) = "a12"
PRINT A(1):" ":A(2)
A(2) = "set"
PRINT A(2,1)
A(0) = "zero"
PRINT A(0,1):" ":A(1,0):" ":A(0,0)
B(0,5) = "bz"
PRINT B(0):" ":B(2,1)
PRINT "done"
END
