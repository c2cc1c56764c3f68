* MATBUILD's bounds are read with formats (BCOMP's `exprf`): after a bound,
* USING is a variable that formats it (and a string after it formats that),
* so no delimiter is given and the default field mark is used
DIM M(3)
M(1) = "a" ; M(2) = "b" ; M(3) = "c"
USING = "R#3"
MATBUILD R FROM M, 1, 3 USING ","
CONVERT @FM:@VM TO "^]" IN R ; PRINT R
MATBUILD R FROM M, 2 USING ","
CONVERT @FM:@VM TO "^]" IN R ; PRINT R
MATBUILD R FROM M USING ","
CONVERT @FM:@VM TO "^]" IN R ; PRINT R
MATBUILD R FROM M, 1, 2 USING
CONVERT @FM:@VM TO "^]" IN R ; PRINT R
USING = "L#1"
MATBUILD R FROM M, 1, 23 USING
CONVERT @FM:@VM TO "^]" IN R ; PRINT R
MATBUILD R FROM M USING @VM
CONVERT @FM:@VM TO "^]" IN R ; PRINT R
MATBUILD R FROM M, 2, 3 USING
CONVERT @FM:@VM TO "^]" IN R ; PRINT R
MATPARSE M FROM "x,y,z" USING ","
PRINT M(1):M(2):M(3)
MATPARSE M FROM "p:q" USING ":" USING
PRINT M(1):M(2):M(3)
PRINT "done"
