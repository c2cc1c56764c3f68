* Subscription billing run: next billing dates by adding months to internal dates
* (OCONV DD/DM/DY pieces rebuilt with ICONV, clamped to month ends), leap years,
* weekday shifts away from weekends with MOD on the day number, proration by days
* with rounding, and a billing schedule printed with OCONV D codes and FMT masks.
SUBS = 'S1|Basic|01/31/2024|1|9.99':@FM:'S2|Pro|02/29/2024|12|99':@FM:'S3|Team|11/30/2023|3|45.5'
SUBS<-1> = 'S4|Basic|12/31/2024|1|9.99':@FM:'S5|Pro|03/15/2024|6|54'
RUN.DATE = ICONV('03/01/2024', 'D')
PRINT 'Billing run ':OCONV(RUN.DATE, 'D4/'):' (':OCONV(RUN.DATE, 'DWA'):')'
FOR I = 1 TO DCOUNT(SUBS, @FM)
   S = SUBS<I>
   START = ICONV(FIELD(S, '|', 3), 'D') ; MONTHS = FIELD(S, '|', 4) ; PRICE = FIELD(S, '|', 5)
   SCHED = ''
   D = START
   FOR N = 1 TO 4
      GOSUB ADD.MONTHS
      BILL = NEXT.D
      DOW = MOD(BILL, 7)
      * day 0 was a Sunday: 0 Sunday, 6 Saturday
      IF DOW = 0 THEN BILL += 1
      IF DOW = 6 THEN BILL += 2
      SCHED<1, -1> = BILL
      D = NEXT.D
   NEXT N
   DAYS = SCHED<1, 1> - START
   DAILY = PRICE / DAYS
   PRORATA = INT(DAILY * (SCHED<1, 1> - RUN.DATE) * 100 + 0.5) / 100
   LINE = FMT(FIELD(S, '|', 1), 'L#3'):FMT(FIELD(S, '|', 2), 'L#6'):OCONV(START, 'D2-'):' every ':FMT(MONTHS, 'R#2'):'m:'
   FOR N = 1 TO 4
      LINE := ' ':OCONV(SCHED<1, N>, 'D2/')
   NEXT N
   PRINT LINE
   PRINT '      first period ':DAYS:' days, daily ':FMT(DAILY, 'R4#8'):', pro rata from run ':FMT(PRORATA, 'R2,$#9'):', first on a ':OCONV(SCHED<1, 1>, 'DWA')[1, 3]
NEXT I
* leap years and month ends
YEARS = 1900:@VM:2000:@VM:2023:@VM:2024:@VM:2100
FOR Y = 1 TO 5
   YR = YEARS<1, Y>
   FEB.END = ICONV('03/01/':YR, 'D') - 1
   PRINT YR:' feb has ':OCONV(FEB.END, 'DD'):' days, year day of 1 Mar ':OCONV(FEB.END + 1, 'DJ'):', dec 31 is day ':OCONV(ICONV('12/31/':YR, 'D'), 'DJ')
NEXT Y
PRINT 'done'
STOP
ADD.MONTHS:
   DD = OCONV(D, 'DD') + 0 ; MM = OCONV(D, 'DM') + MONTHS ; YY = OCONV(D, 'DY') + 0
   YY += INT((MM - 1) / 12) ; MM = MOD(MM - 1, 12) + 1
   * clamp to the last day of the target month
   FIRST.NEXT = ICONV(FMT(MOD(MM, 12) + 1, 'R%2'):'/01/':YY + (MM = 12), 'D')
   LAST.DAY = OCONV(FIRST.NEXT - 1, 'DD') + 0
   IF DD > LAST.DAY THEN DD = LAST.DAY
   NEXT.D = ICONV(FMT(MM, 'R%2'):'/':FMT(DD, 'R%2'):'/':YY, 'D')
RETURN
