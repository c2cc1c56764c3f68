SUBROUTINE ST.DIMARG(MAT V, N)
* DIM of a MAT argument: ignored at run time (the caller's matrix keeps its size),
* the bounds still evaluated.
DIM V(N - 4)
FOR I = 1 TO N
   V(I) = V(I) * 2
NEXT I
PRINT 'inside last ':V(N):' inmat ':INMAT()
RETURN
END
