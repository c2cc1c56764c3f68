* SUPPORT: ST.DIMARG
* A subroutine that DIMs its MAT argument smaller than the caller's matrix: the DIM
* is ignored, the caller's size applies, and the elements come back changed.
DIM A(5)
FOR I = 1 TO 5 ; A(I) = I ; NEXT I
CALL ST.DIMARG(MAT A, 5)
PRINT A(1):A(2):A(3):A(4):A(5)
DIM B(8)
MAT B = 3
CALL ST.DIMARG(MAT B, 8)
PRINT B(8)
PRINT 'done'
