* SUPPORT: A3.STATS A3.SCALE
* Branch performance pack: quarterly figures in a DIM'd two-dimensional array, passed
* whole to a scaling subroutine (MAT argument, changed in place), rows copied into a
* one-dimensional array for a statistics subroutine, a named COMMON block shared with
* both for the report name, call count and log; MAT assignment and copying.
COMMON /RPT/ RPT.NAME, RPT.CALLS, RPT.LOG
DIM Q(3, 4), ROW(4), RES(4), PREV(3, 4)
RPT.NAME = 'BRANCHES' ; RPT.CALLS = 0 ; RPT.LOG = ''
BR = 'Leeds':@FM:'Hull':@FM:'York'
FIG = '120.5,98,143.25,110':@FM:'80,82.5,79.75,91':@FM:'200,180,210.5,0'
FOR R = 1 TO 3
   FOR C = 1 TO 4
      Q(R, C) = FIELD(FIG<R>, ',', C)
   NEXT C
NEXT R
MAT PREV = MAT Q
CALL A3.SCALE(MAT Q, 1.075)
PRINT FMT('Branch', 'L#8'):FMT('Q1', 'R#9'):FMT('Q2', 'R#9'):FMT('Q3', 'R#9'):FMT('Q4', 'R#9'):FMT('Min', 'R#9'):FMT('Max', 'R#9'):FMT('Mean', 'R#9'):FMT('SD', 'R#8')
FOR R = 1 TO 3
   FOR C = 1 TO 4
      ROW(C) = Q(R, C)
   NEXT C
   CALL A3.STATS(MAT ROW, 4, MAT RES)
   LINE = FMT(BR<R>, 'L#8')
   FOR C = 1 TO 4
      LINE := FMT(Q(R, C), 'R2,#9')
   NEXT C
   LINE := FMT(RES(1), 'R2#9'):FMT(RES(2), 'R2#9'):FMT(RES(3), 'R2#9'):FMT(RES(4), 'R3#8')
   PRINT LINE
NEXT R
* growth compared with the unscaled copy
FOR R = 1 TO 3
   G = ''
   FOR C = 1 TO 4
      IF PREV(R, C) = 0 THEN G<1, C> = 'n/a' ELSE G<1, C> = OCONV((Q(R, C) / PREV(R, C) - 1) * 10000, 'MD2'):'%'
   NEXT C
   PRINT BR<R>:' growth ':CONVERT(@VM, ' ', G)
NEXT R
* MAT copy to a differently shaped array fills row by row
DIM FLAT(12)
MAT FLAT = MAT Q
PRINT 'flat 5..8: ':FLAT(5):' ':FLAT(6):' ':FLAT(7):' ':FLAT(8)
DIM SMALL(2)
MAT SMALL = 0
PRINT 'small ':SMALL(1):',':SMALL(2):' zero element [':SMALL(0):']'
PRINT 'calls ':RPT.CALLS
PRINT CONVERT(@FM, '|', RPT.LOG)
PRINT 'done'
