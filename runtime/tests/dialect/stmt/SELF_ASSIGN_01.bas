* Self-referencing assignments: X = X : "," : X, X := X, field assignment from itself
X = "ab"
X = X : "," : X
PRINT X
Y = "q"
Y := Y
PRINT Y
Z = "1":@FM:"2"
Z<3> = Z<1> : Z<2> : Z
PRINT CONVERT(@FM, "^", Z)
W = "abc"
W = W[2,2] : W : W[1,1]
PRINT W
N = 5
N = N * N + N
PRINT N
L = ""
FOR I = 1 TO 3 ; L = L : I : L ; NEXT I
PRINT L
PRINT "done"
