* Loan amortisation schedule: PWR, rounding to pence, cumulative interest, final-payment adjustment
PRINCIPAL = 10000.00
ANNUAL.RATE = 6.5
MONTHS = 12
R = ANNUAL.RATE / 1200
PAYMENT = PRINCIPAL * R / (1 - PWR(1 + R, -MONTHS))
PAYMENT = OCONV(ICONV(PAYMENT, 'MD2'), 'MD2')
PRINT 'Payment: ':PAYMENT:' raw ':PRINCIPAL * R / (1 - (1 + R) ** -MONTHS)
BAL = PRINCIPAL ; TOT.INT = 0
PRINT FMT('No','R#3'):FMT('Interest','R#10'):FMT('Principal','R#11'):FMT('Balance','R#11')
FOR M = 1 TO MONTHS
   INTEREST = OCONV(ICONV(BAL * R, 'MD2'), 'MD2')
   PRIN = PAYMENT - INTEREST
   IF M = MONTHS THEN PRIN = BAL ; ADJ = PRIN + INTEREST
   BAL = BAL - PRIN
   TOT.INT += INTEREST
   IF M <= 3 OR M >= MONTHS - 1 THEN
      PRINT FMT(M,'R#3'):FMT(INTEREST,'R2#10'):FMT(PRIN,'R2#11'):FMT(BAL,'R2,#11')
   END ELSE IF M = 4 THEN PRINT '...'
NEXT M
PRINT 'Last payment: ':ADJ:' total interest: ':TOT.INT:' ':FMT(TOT.INT, 'R2')
* compound growth table with PRECISION changes
FOR P = 2 TO 6 STEP 2
   PRECISION P
   PRINT 'precision ':P:': ':PWR(1.05, 10):' ':1000 * (1.05 ** 10):' ':EXP(LN(2)/2)
NEXT P
PRECISION 4
* rounding half cases through ICONV MD2
VALS = '0.125':@VM:'0.135':@VM:'2.675':@VM:'-0.125':@VM:'1.005':@VM:'99.995'
FOR I = 1 TO DCOUNT(VALS, @VM)
   V = VALS<1,I>
   PRINT V:' -> ':ICONV(V,'MD2'):' ':OCONV(V*100,'MD0'):' ':FMT(V,'R2'):' ':INT(V*100+0.5)
NEXT I
PRINT 'done'
END
