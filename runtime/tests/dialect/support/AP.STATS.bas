SUBROUTINE AP.STATS(MAT V, N, MEAN, VAR, MINV, MAXV)
* mean, population variance, min and max of the first N numeric elements
   DIM V(10)
   SUMV = 0 ; SUMSQ = 0 ; CNT = 0
   MINV = '' ; MAXV = ''
   FOR I = 1 TO N
      X = V(I)
      IF NOT(NUM(X)) THEN CONTINUE
      CNT += 1
      SUMV += X ; SUMSQ += X * X
      IF MINV = '' OR X < MINV THEN MINV = X
      IF MAXV = '' OR X > MAXV THEN MAXV = X
   NEXT I
   IF CNT = 0 THEN MEAN = 0 ; VAR = 0 ; RETURN
   MEAN = SUMV / CNT
   VAR = SUMSQ / CNT - MEAN * MEAN
RETURN
END
