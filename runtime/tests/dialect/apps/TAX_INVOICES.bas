* SUPPORT: A3.ADDTAX A3.FMTAMT
* Invoice tax run through a small subroutine library: a DIM'd array of invoice
* lines passed with MAT to a subroutine that declares it DIM LINES(1) (the caller's
* size is used), unnamed COMMON shared with the subroutine, a FUNCTION declared with
* DEFFUN, a subroutine called through a variable holding its name (CALL @), and
* totals returned in an argument.
DEFFUN A3.FMTAMT(AMT, WIDTH)
COMMON ROUND.MODE, AUDIT.N
DIM LINES(6)
INVOICES = 'INV1:2*9.99,1*0.5,10*1.25'
INVOICES<-1> = 'INV2:3*33.33'
INVOICES<-1> = 'INV3:1*-20,4*2.49,1*100,7*0.07,2*15'
SUBNAME = 'A3.ADDTAX'
AUDIT.N = 0
FOR MODE = 1 TO 2
   ROUND.MODE = (IF MODE = 1 THEN 'NEAR' ELSE 'UP')
   PRINT 'Rounding ':ROUND.MODE
   GRAND = 0
   FOR V = 1 TO DCOUNT(INVOICES, @FM)
      INV = INVOICES<V>
      ID = FIELD(INV, ':', 1) ; LNS = FIELD(INV, ':', 2)
      MAT LINES = ''
      N = DCOUNT(LNS, ',')
      FOR L = 1 TO N
         LINES(L) = CONVERT('*', @VM, FIELD(LNS, ',', L))
      NEXT L
      IF MODE = 1 THEN CALL A3.ADDTAX(MAT LINES, N, 17.5, TOT) ELSE CALL @SUBNAME(MAT LINES, N, 17.5, TOT)
      TAXES = ''
      FOR L = 1 TO N
         TAXES := ' ':LINES(L)<1, 3>
      NEXT L
      PRINT '  ':ID:A3.FMTAMT(TOT<1>, 12):A3.FMTAMT(TOT<2>, 10):A3.FMTAMT(TOT<3>, 12):'  line tax':TAXES
      GRAND += TOT<3>
   NEXT V
   PRINT '  total':A3.FMTAMT(GRAND, 37)
NEXT MODE
PRINT 'lines taxed ':AUDIT.N
PRINT 'unused element [':LINES(6):'] zero [':LINES(0):']'
PRINT 'done'
