* SUPPORT: ST.COUNTARGS ST.MATSUM
* Indirect CALL @var, a routine name held in a variable, and MAT arguments
SUB = "ST.COUNTARGS"
CALL @SUB(1, 2, 3)
CALL @SUB("x", "", 0)
DIM V(20)
MAT V = 0
V(1) = 5 ; V(2) = 7 ; V(3) = 1.5
CALL ST.MATSUM(MAT V, 3, T)
PRINT "total=":T:" doubled: ":V(1):",":V(2):",":V(3):",":V(4)
PRINT "done"
