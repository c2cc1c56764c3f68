* SUPPORT: ST.BUMP
* DEFFUN ... CALLING "name"; a function that changes its argument; function used in conditions
DEFFUN NEXTNO(X) CALLING "ST.BUMP"
N = 5
PRINT NEXTNO(N):" ":N
IF NEXTNO(N) > 6 THEN PRINT "greater, N=":N
PRINT NEXTNO(N + 0):" N unchanged by expression arg: ":N
PRINT "done"
