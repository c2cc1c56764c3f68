* Date and time handling for a maintenance schedule: ICONV of several input formats,
* OCONV in D, D2/, D4-, DMY, DWA, DMA, DQ, DJ styles, MT/MTS/MTH times, arithmetic on
* internal dates (due dates, weekday rolls, month ends, ages in days).
EQU DAY.SECS TO 86400
JOBS = ''
JOBS<1> = 'Boiler service':@VM:'15 JAN 2024':@VM:'90':@VM:'08:30'
JOBS<2> = 'Fire alarm test':@VM:'01/31/2024':@VM:'30':@VM:'14:05:30'
JOBS<3> = 'Roof inspection':@VM:'2023-11-30':@VM:'182':@VM:'9AM'
JOBS<4> = 'PAT testing':@VM:'29 FEB 2024':@VM:'365':@VM:'4:45PM'
JOBS<5> = 'Lift certificate':@VM:'31.12.2023':@VM:'180':@VM:'23:59'
JOBS<6> = 'Bad record':@VM:'32/13/2023':@VM:'7':@VM:'25:00'
TODAY = ICONV('20 MAR 2024', 'D')
PRINT 'today is ':OCONV(TODAY, 'D'):' (':TODAY:') a ':OCONV(TODAY, 'DWA'):', week day ':OCONV(TODAY, 'DW')
PRINT 'same day: ':OCONV(TODAY, 'D2/'):' ':OCONV(TODAY, 'D4-'):' ':OCONV(TODAY, 'D2-E'):' ':OCONV(TODAY, 'DE'):' ':OCONV(TODAY, 'D4')
PRINT 'parts: D=':OCONV(TODAY, 'DD'):' M=':OCONV(TODAY, 'DM'):' MA=':OCONV(TODAY, 'DMA'):' Y=':OCONV(TODAY, 'DY'):' Q=':OCONV(TODAY, 'DQ'):' J=':OCONV(TODAY, 'DJ')
PRINT
PRINT 'Job' 'L#18':'Last' 'L#12':'Next due' 'L#12':'Day' 'L#10':'At' 'L#9':'Status'
FOR J = 1 TO DCOUNT(JOBS, @FM)
   NAME = JOBS<J,1> ; RAW = JOBS<J,2> ; EVERY = JOBS<J,3> ; AT = JOBS<J,4>
   GOSUB PARSE.DATE
   IF LAST = '' THEN
      PRINT NAME 'L#18':'?? ':RAW
      CONTINUE
   END
   DUE = LAST + EVERY
   * never due on a weekend: move to the Monday
   WD = MOD(DUE - 1, 7) + 1
   IF WD = 6 THEN DUE += 2
   IF WD = 7 THEN DUE += 1
   T = ICONV(AT, 'MT')
   IF STATUS() # 0 OR T = '' THEN T.OUT = '--:--' ELSE T.OUT = OCONV(T, 'MTH')
   BEGIN CASE
      CASE DUE < TODAY ; ST = 'OVERDUE ':TODAY - DUE:'d'
      CASE DUE - TODAY <= 14 ; ST = 'due soon'
      CASE 1 ; ST = 'ok (':INT((DUE - TODAY) / 7):'w)'
   END CASE
   PRINT NAME 'L#18':OCONV(LAST, 'D2/') 'L#12':OCONV(DUE, 'D4-') 'L#12':OCONV(DUE, 'DWA') 'L#10':T.OUT 'L#9':ST
NEXT J
PRINT
* month ends of 2024 and the number of days in each month
ME = ''
FOR M = 1 TO 12
   NEXT.FIRST = ICONV(IF M = 12 THEN '01/01/2025' ELSE FMT(M + 1, 'R%2'):'/01/2024', 'D2/')
   LAST.DAY = NEXT.FIRST - 1
   ME<-1> = OCONV(LAST.DAY, 'DMA')[1,3]:'=':OCONV(LAST.DAY, 'DD')
NEXT M
PRINT 'month ends: ':CONVERT(@FM, ' ', ME)
* ages and differences
BORN = ICONV('17 AUG 1969', 'D')
PRINT 'born ':BORN:' day ':OCONV(BORN, 'DWA'):' age days ':TODAY - BORN:' years ':INT((TODAY - BORN) / 365.25)
PRINT 'epoch: ':OCONV(0, 'D'):' ':OCONV(1, 'D4/'):' ':OCONV(-1, 'D'):' ':OCONV(-365, 'D2-')
PRINT 'leap: ':OCONV(ICONV('28 FEB 2023', 'D') + 1, 'D'):' ':OCONV(ICONV('28 FEB 2024', 'D') + 1, 'D'):' ':OCONV(ICONV('28 FEB 1900', 'D') + 1, 'D'):' ':OCONV(ICONV('28 FEB 2000', 'D') + 1, 'D')
* times: shift arithmetic across midnight
START = ICONV('22:15', 'MT') ; LEN.SECS = 5 * 3600 + 20 * 60
FINISH = MOD(START + LEN.SECS, DAY.SECS)
PRINT 'shift ':OCONV(START, 'MT'):' to ':OCONV(FINISH, 'MTS'):' (':OCONV(FINISH, 'MTHS'):') next day ':INT((START + LEN.SECS) / DAY.SECS)
PRINT 'times: ':OCONV(0, 'MT'):' ':OCONV(43200, 'MTH'):' ':OCONV(45296, 'MTS'):' ':OCONV(86399, 'MTHS'):' ':OCONV(3723, 'MT.'):' ':OCONV(90000, 'MTS')
PRINT 'iconv times: ':ICONV('12:00', 'MT'):' ':ICONV('12:00AM', 'MT'):' ':ICONV('12:30PM', 'MTH'):' ':ICONV('1:02:03', 'MTS'):' ':ICONV('7.15', 'MT')
PRINT 'bad: [':ICONV('31 JUN 2024', 'D'):'] ':STATUS():' [':ICONV('24:61', 'MT'):'] ':STATUS():' [':ICONV('', 'D'):'] ':STATUS()
PRINT 'done'
STOP

PARSE.DATE:
   LAST = ''
   BEGIN CASE
      CASE RAW MATCHES '4N"-"2N"-"2N'
         LAST = ICONV(RAW[6,2]:'/':RAW[9,2]:'/':RAW[1,4], 'D2/')
      CASE RAW MATCHES '2N"."2N"."4N'
         LAST = ICONV(CONVERT('.', '/', RAW), 'D2/E')
      CASE 1
         LAST = ICONV(RAW, 'D')
   END CASE
   IF STATUS() # 0 THEN LAST = ''
RETURN
END
