* A times table and a transposition with two-dimensional matrices; MAT copy and MATBUILD of a row
DIM T(4,4), U(4,4)
FOR R = 1 TO 4
   FOR C = 1 TO 4
      T(R,C) = R * C + (R > C)
   NEXT C
NEXT R
FOR R = 1 TO 4
   FOR C = 1 TO 4
      U(C,R) = T(R,C)
   NEXT C
NEXT R
FOR R = 1 TO 4
   LINE = ""
   FOR C = 1 TO 4 ; LINE := FMT(U(R,C), "4R") ; NEXT C
   PRINT LINE
NEXT R
DIM ROW(4)
FOR C = 1 TO 4 ; ROW(C) = T(2,C) ; NEXT C
MATBUILD R2 FROM ROW USING ","
PRINT "row 2: ":R2
PRINT "done"
