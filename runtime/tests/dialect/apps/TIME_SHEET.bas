* Time sheet: clock-in/clock-out times, MT/MTS/MTH conversions, durations across midnight
SHIFTS = '08:30':@VM:'17:15':@FM:'22:00':@VM:'06:30':@FM:'9:05am':@VM:'1:45PM':@FM:'12:00':@VM:'12:00'
SHIFTS<-1> = '25:99':@VM:'10:00'
TOTAL.SECS = 0
FOR S = 1 TO DCOUNT(SHIFTS, @FM)
   T.IN = ICONV(SHIFTS<S,1>, 'MT')
   T.OUT = ICONV(SHIFTS<S,2>, 'MT')
   IF T.IN = '' OR T.OUT = '' THEN
      PRINT 'Shift ':S:': invalid time ':SHIFTS<S,1>:'-':SHIFTS<S,2>:' status ':STATUS()
      CONTINUE
   END
   DUR = T.OUT - T.IN
   IF DUR < 0 THEN DUR += 86400
   TOTAL.SECS += DUR
   PRINT 'Shift ':S:': ':OCONV(T.IN,'MT'):' to ':OCONV(T.OUT,'MTS'):' = ':OCONV(DUR,'MT'):' (':DUR/3600:' h)'
NEXT S
PRINT 'Total: ':INT(TOTAL.SECS/3600):'h ':MOD(INT(TOTAL.SECS/60),60):'m'
PRINT 'As MTS: ':OCONV(TOTAL.SECS, 'MTS')
* the different time output codes
T = 45296   ;* 12:34:56
PRINT OCONV(T,'MT'):' ':OCONV(T,'MTS'):' ':OCONV(T,'MTH'):' ':OCONV(T,'MTHS'):' ':OCONV(T,'MT.'):' ':OCONV(T,'MTS.')
T2 = 3723
PRINT OCONV(T2,'MT'):' ':OCONV(T2,'MTHS'):' ':OCONV(0,'MTH'):' ':OCONV(43200,'MTH'):' ':OCONV(86399,'MTS')
PRINT 'Beyond a day: ':OCONV(90000,'MTS'):' negative: ':OCONV(-60,'MT')
PRINT 'ICONV forms: ':ICONV('1:02:03','MTS'):' ':ICONV('13','MT'):' ':ICONV('12AM','MT'):' ':ICONV('12:30PM','MT')
* hourly billing in 15-minute blocks
RATE = 8000 ;* pence per hour
FOR MINS = 0 TO 75 STEP 25
   BLOCKS = INT((MINS + 14) / 15)
   CHARGE = BLOCKS * RATE / 4
   PRINT FMT(MINS,'R#3'):' min -> ':BLOCKS:' blocks ':OCONV(CHARGE,'MD2$')
NEXT MINS
PRINT 'done'
END
