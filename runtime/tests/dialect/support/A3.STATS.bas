SUBROUTINE A3.STATS(MAT VALS, N, MAT RESULT)
* Statistics over the first N elements of a dimensioned array passed with MAT:
* fills RESULT(1..4) with min, max, mean and standard deviation.
DIM VALS(N), RESULT(4)
COMMON /RPT/ RPT.NAME, RPT.CALLS, RPT.LOG
RPT.CALLS += 1
LO = VALS(1) ; HI = VALS(1) ; TOT = 0
FOR I = 1 TO N
   IF VALS(I) < LO THEN LO = VALS(I)
   IF VALS(I) > HI THEN HI = VALS(I)
   TOT += VALS(I)
NEXT I
MEAN = TOT / N
SS = 0
FOR I = 1 TO N
   SS += PWR(VALS(I) - MEAN, 2)
NEXT I
RESULT(1) = LO ; RESULT(2) = HI ; RESULT(3) = MEAN ; RESULT(4) = SQRT(SS / N)
RPT.LOG<-1> = RPT.NAME:': stats over ':N
RETURN
END
