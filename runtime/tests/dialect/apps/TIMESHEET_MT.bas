* Shift-work timesheet: clock-in/out times typed as text converted with ICONV MT
* (24-hour, AM/PM, seconds, bad input and STATUS()), overnight shifts wrapped with
* MOD, durations printed with OCONV MT/MTS and as decimal hours via MD2, overtime
* bands with INT and REM, and a weekly pay summary with FMT masks.
SHIFTS = 'Mon|08:00|16:30|30':@FM:'Tue|7:45AM|4:15PM|45':@FM:'Wed|22:00|06:00|60'
SHIFTS<-1> = 'Thu|9am|5pm|0':@FM:'Fri|12:00PM|12:00AM|15':@FM:'Sat|13:15:30|18:45:10|0'
SHIFTS<-1> = 'Sun|25:00|26:00|0':@FM:'Xtra|8.30|17.30|0'
RATE = 14.75 ; OT.RATE = RATE * 1.5 ; WEEK.SECS = 0 ; PAY = 0
PRINT FMT('Day', 'L#5'):FMT('In', 'L#9'):FMT('Out', 'L#9'):FMT('Brk', 'R#4'):FMT('Worked', 'R#9'):FMT('Hours', 'R#7'):FMT('Pay', 'R#9')
FOR I = 1 TO DCOUNT(SHIFTS, @FM)
   S = SHIFTS<I>
   T.IN = ICONV(FIELD(S, '|', 2), 'MT') ; ST1 = STATUS()
   T.OUT = ICONV(FIELD(S, '|', 3), 'MT') ; ST2 = STATUS()
   IF ST1 OR ST2 THEN
      PRINT FMT(FIELD(S, '|', 1), 'L#5'):'bad time (status ':ST1:ST2:') [':T.IN:'] [':T.OUT:']'
      CONTINUE
   END
   SECS = MOD(T.OUT - T.IN, 86400) - FIELD(S, '|', 4) * 60
   WEEK.SECS += SECS
   HRS = SECS / 3600
   IF HRS > 8 THEN DAY.PAY = 8 * RATE + (HRS - 8) * OT.RATE ELSE DAY.PAY = HRS * RATE
   PAY += DAY.PAY
   PRINT FMT(FIELD(S, '|', 1), 'L#5'):FMT(OCONV(T.IN, 'MTHS'), 'L#9'):FMT(OCONV(T.OUT, 'MTH'), 'L#9'):FMT(FIELD(S, '|', 4), 'R#4'):FMT(OCONV(SECS, 'MTS'), 'R#9'):FMT(OCONV(HRS * 100, 'MD2'), 'R#7'):FMT(DAY.PAY, 'R2#9')
NEXT I
PRINT STR('-', 52)
H = INT(WEEK.SECS / 3600) ; M = INT(REM(WEEK.SECS, 3600) / 60) ; SEC = REM(WEEK.SECS, 60)
PRINT 'week ':H:'h ':FMT(M, 'R%2'):'m ':FMT(SEC, 'R%2'):'s = ':OCONV(WEEK.SECS, 'MTS'):' pay ':FMT(PAY, 'R2,$#10')
* conversions seen in imported clock data
CLK = '0:00':@FM:'12:00AM':@FM:'12:30am':@FM:'11:59PM':@FM:'1:2:3':@FM:'10:60':@FM:'-1:00':@FM:'12'
CLK<-1> = '7 PM':@FM:'07:30:45PM':@FM:'':@FM:'24:00'
FOR I = 1 TO DCOUNT(CLK, @FM)
   V = ICONV(CLK<I>, 'MT')
   PRINT FMT('[':CLK<I>:']', 'L#12'):FMT(V, 'R#7'):' st ':STATUS():' ':OCONV(V, 'MTHS'):' ':OCONV(V, 'MT'):' ':OCONV(V, 'MTH.')
NEXT I
PRINT 'oconv odd: [':OCONV(-60, 'MT'):'] st ':STATUS():' [':OCONV(3661.7, 'MTS'):'] [':OCONV('', 'MT'):']'
PRINT 'done'
