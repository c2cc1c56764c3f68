* MAT A = value sets element 0 to an empty string; MAT A = MAT B copies in
* storage order from element 0, as many elements as the smaller matrix has (the
* rest of a larger target keeps its values), whatever the shapes
DIM A(4), B(2)
MAT A = "a"
PRINT "[":A(0):"]"
MAT B = "b" ; B(0) = "b0"
MAT A = MAT B
PRINT A(0):A(1):A(2):A(3):A(4)
DIM C(2,2), D(4)
D(1) = 1 ; D(2) = 2 ; D(3) = 3 ; D(4) = 4
MAT C = MAT D
PRINT C(1,1):C(1,2):C(2,1):C(2,2)
PRINT "done"
END
