* SUPPORT: ST.SWAP ST.ADDTAX
* CALL passes variables by reference, expressions by value
A = "left" ; B = "right"
CALL ST.SWAP(A, B)
PRINT A:" ":B
RATE = 20
CALL ST.ADDTAX(100, RATE, GROSS)
PRINT "gross=":GROSS:" rate=":RATE
RATE = 20
CALL ST.ADDTAX(100, (RATE), GROSS)
PRINT "parenthesised arg: rate=":RATE
CALL ST.ADDTAX(50, RATE + 0, GROSS)
PRINT "expression arg: rate=":RATE:" gross=":GROSS
DIM M(3)
M(1) = "x" ; M(2) = "y"
CALL ST.SWAP(M(1), M(2))
PRINT "matrix elements: ":M(1):M(2)
R = "a":@FM:"b"
CALL ST.SWAP(R<1>, R<2>)
PRINT "field args are copies: ":CONVERT(@FM, "^", R)
PRINT "done"
