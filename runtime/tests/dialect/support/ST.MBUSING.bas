* MATBUILD with USING after its bounds: USING is an unassigned variable
DIM M(3)
M(1) = "a" ; M(2) = "b" ; M(3) = "c"
PRINT "before"
MATBUILD R FROM M, 1, 3 USING ","
PRINT "after: ":R
