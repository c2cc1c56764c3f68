* MATBUILD joins matrix elements into a dynamic array; range and USING delimiter; trailing empties
DIM M(5)
M(1) = "a" ; M(2) = "b" ; M(3) = "" ; M(4) = "d" ; M(5) = ""
MATBUILD R FROM M
PRINT CONVERT(@FM, "^", R)
MATBUILD R FROM M, 2, 4
PRINT CONVERT(@FM, "^", R)
MATBUILD R FROM M USING ","
PRINT R
MATBUILD R FROM M, 4
PRINT CONVERT(@FM, "^", R)
PRINT "done"
