* SUPPORT: ST.GRID.CLS
* PUBLIC and PRIVATE matrices in a CLASS module: each object has its own, dimensioned
* when it is made with unassigned elements; a PUBLIC matrix is read and set from outside
* with one index per dimension (a zero row or column of a two-dimensional matrix is
* element 0); PRIVATE ones are seen by the routines only; DIM in a routine re-dimensions
EXECUTE "BASIC BP ST.GRID.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.GRID.CLS LOCAL" CAPTURING JUNK
A = OBJECT("ST.GRID.CLS", "a")
B = OBJECT("ST.GRID.CLS", "b")
A->ADD(1, 5)
A->ADD(3, 7)
A->ADD(3, 1)
B->ADD(2, 100)
PRINT "sums: ":A->SUM:" ":B->SUM
PRINT "a totals: ":A->TOTALS(1):",":A->TOTALS(2):",":A->TOTALS(3)
PRINT "zero element: [":A->TOTALS(0):"]"
A->TOTALS(2) = 9
PRINT "after set: ":A->TOTALS(2):" sum ":A->SUM
A->TOTALS(0) = "z"
PRINT "zero set: ":A->TOTALS(0)
PRINT "cells: ":A->CELLS(1,1):" ":A->CELLS(2,3):" ":B->CELLS(1,1)
PRINT "cell assigned: ":A->CELL.SET(1,1):A->CELL.SET(1,2)
PRINT "shape: ":CONVERT(@FM, "^", A->SHAPE)
PRINT "history: ":CONVERT(@FM, "^", A->HISTORY)
I = 1
A->TOTALS(I + 2) = A->TOTALS(I + 2) * 10
PRINT "expr index: ":A->TOTALS(3)
X = "3"
PRINT "string index: ":A->TOTALS(X)
A->GROW(5)
PRINT "grown: ":A->TOTALS(5):" ":A->TOTALS(2):" shape ":CONVERT(@FM, "^", A->SHAPE)
PRINT "joined: ":CONVERT(@FM, "^", A->JOINED)
PRINT "b untouched: ":CONVERT(@FM, "^", B->SHAPE):" ":B->TOTALS(3)
C = A
C->TOTALS(1) = "shared"
PRINT "copy shares: ":A->TOTALS(1)
PRINT "done"
