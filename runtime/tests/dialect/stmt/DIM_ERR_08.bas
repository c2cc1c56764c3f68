* a third subscript: BCOMP wants the right bracket after two subscripts
DIM A(2, 2)
A(1, 1) = 5
PRINT A(1, 1, 1)
A(1, 2, 1) = 6
PRINT ZZ(1, 2, 3)
PRINT "done"
