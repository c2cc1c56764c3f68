* Date and time conversions used by a booking system: internal dates from several
* input styles (ICONV D), printed in the styles the reports use (OCONV D2, D4-, DMY,
* DE, D/, DW, DWA, DMA, DQ, DJ, DY) and times with MT, MTH, MTS, MTHS.
DATES = 0:@FM:1:@FM:-1:@FM:366:@FM:10000:@FM:18000:@FM:20000:@FM:21915:@FM:-3650
CODES = 'D':@FM:'D2':@FM:'D4-':@FM:'D2/':@FM:'DE':@FM:'D4.':@FM:'DMY':@FM:'D2DMY'
CODES<-1> = 'DW':@FM:'DWA':@FM:'DMA':@FM:'DQ':@FM:'DJ':@FM:'DY':@FM:'DD':@FM:'DM'
CODES<-1> = 'D4*DMY':@FM:'DYMD':@FM:'D2-YMD':@FM:'DMAY'
FOR C = 1 TO DCOUNT(CODES, @FM)
   LINE = FMT(CODES<C>, 'L#7')
   FOR D = 1 TO 5
      LINE := ' ':FMT(OCONV(DATES<D>, CODES<C>), 'L#13')
   NEXT D
   PRINT TRIMB(LINE)
NEXT C
PRINT 'later dates:'
FOR D = 6 TO DCOUNT(DATES, @FM)
   PRINT FMT(DATES<D>, 'R#6'):' ':OCONV(DATES<D>, 'D4-'):' ':OCONV(DATES<D>, 'DWA'):' Q':OCONV(DATES<D>, 'DQ'):' day ':OCONV(DATES<D>, 'DJ')
NEXT D
* bookings typed in as text
INS = '12/25/2024':@FM:'1 JAN 2000':@FM:'2024-02-29':@FM:'31/12/99':@FM:'02/30/2024'
INS<-1> = '7-4-76':@FM:'29 FEB 2023':@FM:'':@FM:'JUNK':@FM:'12/31/1967'
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, 'D')
   S1 = STATUS()
   Y = ICONV(INS<I>, 'D4/E')
   S2 = STATUS()
   PRINT FMT('[':INS<I>:']', 'L#14'):' D->':FMT(X, 'R#6'):' st ':S1:'  DE->':FMT(Y, 'R#6'):' st ':S2:'  ':OCONV(X, 'D4/')
NEXT I
* times
TIMES = 0:@FM:59:@FM:3600:@FM:43199:@FM:43200:@FM:45296:@FM:86399:@FM:90000
FOR I = 1 TO DCOUNT(TIMES, @FM)
   T = TIMES<I>
   PRINT FMT(T, 'R#6'):' ':FMT(OCONV(T, 'MT'), 'L#6'):FMT(OCONV(T, 'MTH'), 'L#8'):FMT(OCONV(T, 'MTS'), 'L#9'):FMT(OCONV(T, 'MTHS'), 'L#11'):OCONV(T, 'MT.')
NEXT I
TIN = '09:30':@FM:'9:30PM':@FM:'12:00AM':@FM:'12:15PM':@FM:'23:59:59':@FM:'25:00':@FM:'7'
FOR I = 1 TO DCOUNT(TIN, @FM)
   V = ICONV(TIN<I>, 'MT')
   PRINT FMT(TIN<I>, 'L#9'):' -> [':V:'] st ':STATUS():' back ':OCONV(V, 'MTS')
NEXT I
* elapsed nights between booking dates
ARR = ICONV('03/28/2024', 'D') ; DEP = ICONV('04/02/2024', 'D')
PRINT 'nights ':DEP - ARR:' from ':OCONV(ARR, 'D2 DMY'):' to ':OCONV(DEP, 'DMY4')
PRINT 'done'
