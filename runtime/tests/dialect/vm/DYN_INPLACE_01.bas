* X = REPLACE(X, ...), INSERT, DELETE on their own variable (edited in
* place by mvbasic), DEL and INS walking forward, and the copies that must
* not see the edits
X = "a":@FM:"b":@FM:"c"
Y = X
X = REPLACE(X, 2, 0, 0, "B")
X = INSERT(X, 1, 0, 0, "z")
X = DELETE(X, 4)
X = REPLACE(X, 2; "A")
X = INSERT(X, 2, 2; "v")
CRT CONVERT(@FM:@VM:@SM, "^]\", X):" ":CONVERT(@FM, "^", Y)
* an argument that reads X: same result
X = REPLACE(X, 1, 0, 0, X<3>:"!")
CRT CONVERT(@FM:@VM:@SM, "^]\", X)
* the REMOVE pointer starts again after the assignment
R = "1":@FM:"2":@FM:"3"
REMOVE E FROM R SETTING D
R = REPLACE(R, 3, 0, 0, "x")
REMOVE E FROM R SETTING D
CRT E:" ":D
* walking forward over a longer array
D = ""
FOR I = 1 TO 40
   D<-1> = I
NEXT I
FOR I = 1 TO 20
   D = REPLACE(D, I, 0, 0, "r":I)
NEXT I
FOR I = 1 TO 10
   DEL D<I>
NEXT I
FOR I = 1 TO 10
   INS "n":I BEFORE D<2*I-1>
NEXT I
FOR I = 1 TO 5
   D = DELETE(D, 1)
   D = INSERT(D, 3*I, 0, 0, "k":I)
NEXT I
CRT CONVERT(@FM, "^", D)
* values: DEL and DELETE walking forward in one field, then subvalues
V = ""
FOR I = 1 TO 12
   V<2,-1> = I
NEXT I
FOR I = 1 TO 4
   DEL V<2,I>
   V = DELETE(V, 2, I + 1)
NEXT I
V = REPLACE(V, 2, 2, 2, "s")
V = DELETE(V, 2, 2, 1)
V = INSERT(V, 2, 2, 1, "t")
CRT CONVERT(@FM:@VM:@SM, "^]\", V)
* walking forward with DEL to the end of the array
W = "a":@FM:"b":@FM:"c":@FM:"d"
FOR I = 1 TO 4
   DEL W<I>
   CRT CONVERT(@FM, "^", W):"|":
NEXT I
CRT
CRT "done"
END
