* Subscription billing dates: adding months with the day clamped to the month's end,
* pro-rata charges for part months, the last working day of each month, quarter ends,
* ages in years/months/days, and a date entry check that accepts several input styles.
* Dates are internal day numbers from ICONV D codes and printed with OCONV D codes.
DEFFUN ADD.MONTHS(D, N) LOCAL
DEFFUN MONTH.END(D) LOCAL
DEFFUN LAST.WORKDAY(D) LOCAL
EQU MONTHLY.FEE TO 2999
* 1. renewal dates from awkward start days
STARTS = '31 JAN 2024':@FM:'29 FEB 2024':@FM:'30 NOV 2023':@FM:'15 AUG 2024':@FM:'31 DEC 2024'
FOR S = 1 TO DCOUNT(STARTS, @FM)
   D = ICONV(STARTS<S>, 'D')
   LINE = FMT(OCONV(D, 'D4'), '12L'):' ->'
   FOR M = 1 TO 4
      LINE := ' ':OCONV(ADD.MONTHS(D, M), 'D2/E')
   NEXT M
   PRINT LINE
NEXT S
* 2. pro-rata first bills: days used to the month end over days in the month
PRINT
JOINS = '2024-02-10':@FM:'2023-02-10':@FM:'2024-03-31':@FM:'2024-04-01':@FM:'2024-12-25'
FOR J = 1 TO DCOUNT(JOINS, @FM)
   D = ICONV(JOINS<J>, 'D4-YMD')
   MEND = MONTH.END(D)
   DAYS.IN = OCONV(MEND, 'DD')
   USED = MEND - D + 1
   CHARGE = OCONV(MONTHLY.FEE * USED / DAYS.IN, 'MD0')
   PRINT OCONV(D, 'D4-YMD'):' ':FMT(OCONV(D, 'DWA'), '10L'):USED:'/':DAYS.IN:' days ':FMT(OCONV(CHARGE, 'MD2'), '6R')
NEXT J
* 3. last working day of each month of 2024, and the quarter it closes
PRINT
LINE = ''
FOR M = 1 TO 12
   D = ICONV(M:'/1/2024', 'D')
   L = LAST.WORKDAY(D)
   Q = OCONV(L, 'DQ')
   LINE := OCONV(L, 'DD'):'-':OCONV(L, 'DMA')[1, 3]:(IF MOD(M, 3) = 0 THEN '=Q':Q ELSE ''):' '
   IF MOD(M, 6) = 0 THEN PRINT TRIM(LINE) ; LINE = ''
NEXT M
* 4. ages in whole years, months and days
PRINT
PAIRS = '29 FEB 2000|28 FEB 2024'
PAIRS<-1> = '29 FEB 2000|1 MAR 2024'
PAIRS<-1> = '31 JAN 1990|30 APR 2024'
PAIRS<-1> = '15 JUN 2024|14 JUN 2025'
FOR P = 1 TO DCOUNT(PAIRS, @FM)
   D1 = ICONV(FIELD(PAIRS<P>, '|', 1), 'D')
   D2 = ICONV(FIELD(PAIRS<P>, '|', 2), 'D')
   Y = OCONV(D2, 'DY') - OCONV(D1, 'DY')
   MO = OCONV(D2, 'DM') - OCONV(D1, 'DM')
   DY = OCONV(D2, 'DD') - OCONV(D1, 'DD')
   IF DY < 0 THEN
      MO -= 1
      DY += OCONV(MONTH.END(ADD.MONTHS(D2, -1)), 'DD')
   END
   IF MO < 0 THEN Y -= 1 ; MO += 12
   PRINT OCONV(D1, 'D2'):' to ':OCONV(D2, 'D2'):': ':Y:'y ':MO:'m ':DY:'d (':D2 - D1:' days)'
NEXT P
* 5. what ICONV makes of user input
PRINT
INPUTS = '12/31/2024|31/12/2024|2024-02-30|29 feb 23|1 Jan 68|31 DEC 67|0|'
FOR I = 1 TO DCOUNT(INPUTS, '|')
   X = FIELD(INPUTS, '|', I)
   D = ICONV(X, 'D')
   ST = STATUS()
   IF ST = 0 THEN OUT = OCONV(D, 'D4') ELSE OUT = 'rejected'
   PRINT FMT('"':X:'"', '14L'):FMT(D, '7R'):' status ':ST:' ':OUT
NEXT I
PRINT 'done'
STOP
*
* N months after date D (N may be negative); the day is kept unless the month is shorter
LOCAL FUNCTION ADD.MONTHS(D, N)
   PRIVATE Y, M, DAY, LAST
   Y = OCONV(D, 'DY') ; M = OCONV(D, 'DM') + N ; DAY = OCONV(D, 'DD')
   LOOP WHILE M > 12 DO M -= 12 ; Y += 1 REPEAT
   LOOP WHILE M < 1 DO M += 12 ; Y -= 1 REPEAT
   LAST = OCONV(MONTH.END(ICONV(M:'/1/':Y, 'D')), 'DD')
   IF DAY > LAST THEN DAY = LAST
   RETURN ICONV(M:'/':DAY:'/':Y, 'D')
END
*
LOCAL FUNCTION MONTH.END(D)
   PRIVATE Y, M
   Y = OCONV(D, 'DY') ; M = OCONV(D, 'DM') + 1
   IF M > 12 THEN M = 1 ; Y += 1
   RETURN ICONV(M:'/1/':Y, 'D') - 1
END
*
LOCAL FUNCTION LAST.WORKDAY(D)
   PRIVATE L
   L = MONTH.END(D)
   LOOP WHILE OCONV(L, 'DW') > 5 DO L -= 1 REPEAT
   RETURN L
END
END
