* INMAT() after DIM, MATPARSE (exact fit, trailing delimiter, empty source) and INMAT(matrix) after re-DIM
DIM A(3)
MATPARSE A FROM "a,b", ","
CRT INMAT()
DIM B(2)
CRT "after dim: " : INMAT()
MATPARSE A FROM "a,b,c", ","
CRT "exact: " : INMAT() : " zero=[" : A(0) : "]"
MATPARSE A FROM "a,b,c,", ","
CRT "trailing: " : INMAT() : " zero=[" : A(0) : "]"
MATPARSE A FROM "", ","
CRT "empty: " : INMAT() : " [" : A(1) : "]"
MATPARSE A FROM ",", ","
CRT "one comma: " : INMAT()
DIM A(7)
CRT INMAT(A) : " " : INMAT()
DIM G(2, 5)
X = INMAT(G)
CRT X<1, 1> : " by " : X<1, 2>
DIM G(4, 1)
CRT DCOUNT(INMAT(G), @VM) : " " : INMAT(G)<1, 2>
DIM Z(0)
CRT "zero: " : INMAT(Z)
CRT "done"
