* SUPPORT: ST.VARSUB
* A VAR.ARGS subroutine: ARG.COUNT(), ARG(n) and SET.ARG to pass a value back
X = 1 ; Y = 2 ; Z = 3
CALL ST.VARSUB(X, Y)
PRINT "X after: ":X
CALL ST.VARSUB(X, Y, Z)
PRINT "X after: ":X:" Z after: ":Z
PRINT "done"
