* Compound assignment operators on variables, field references and matrix elements
X = 10
X += 5 ; PRINT X
X -= 3 ; PRINT X
X *= 2 ; PRINT X
X /= 8 ; PRINT X
X := "!" ; PRINT X
R = "1":@FM:"2"
R<2> += 40 ; PRINT CONVERT(@FM, "^", R)
R<3> := "x" ; PRINT CONVERT(@FM, "^", R)
DIM M(2)
M(1) = 7
M(1) *= 3 ; PRINT M(1)
S = "abc"
S[2,1] = "X" ; PRINT S
N = "5"
N += "0.5" ; PRINT N
PRINT "done"
