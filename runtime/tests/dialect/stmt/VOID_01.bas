* SUPPORT: ST.BUMP
* VOID evaluates an expression and discards it (side effects happen)
DEFFUN ST.BUMP(X)
N = 1
VOID ST.BUMP(N)
VOID ST.BUMP(N)
PRINT "N=":N
VOID 1 + 2
PRINT "done"
