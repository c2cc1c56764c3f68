* SUPPORT: ST.ARGSET
* SET.ARG on variables, expressions and matrix elements; missing VAR.ARGS arguments
X = "p" ; Y = "q"
CALL ST.ARGSET(X, Y)
PRINT X : " " : Y
CALL ST.ARGSET(X : "!", Y)
PRINT X : " " : Y
CALL ST.ARGSET(X)
PRINT X
CALL ST.ARGSET
DIM M(3)
M(1) = "m1" ; M(2) = "m2"
CALL ST.ARGSET(M(1), M(2), M(3))
PRINT M(1) : " " : M(2) : " " : M(3)
CALL ST.ARGSET(1, 2, 3)
PRINT "done"
