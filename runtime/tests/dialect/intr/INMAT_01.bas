* INMAT after DIM and MATPARSE
DIM A(5)
CRT "after dim: " : INMAT()
DIM B(3, 4)
CRT INMAT(B) : "|" : INMAT(A)
N = 0
MATPARSE A FROM "a,b,c", ","
CRT "after matparse: " : INMAT()
MATPARSE A FROM "a,b,c,d,e,f,g", ","
CRT "overflow: " : INMAT()
CRT "done"
