* Business-day arithmetic: add working days skipping weekends and holidays, count days between dates
HOLIDAYS = ''
HLIST = '12/25/2023,12/26/2023,01/01/2024,03/29/2024,04/01/2024,05/06/2024'
FOR I = 1 TO DCOUNT(HLIST, ',')
   HOLIDAYS<-1> = ICONV(FIELD(HLIST, ',', I), 'D')
NEXT I
TESTS = '12/22/2023|1':@FM:'12/22/2023|3':@FM:'03/28/2024|2':@FM:'05/03/2024|1':@FM:'01/05/2024|-3':@FM:'06/01/2024|0'
FOR T = 1 TO DCOUNT(TESTS, @FM)
   START = ICONV(FIELD(TESTS<T>, '|', 1), 'D')
   N = FIELD(TESTS<T>, '|', 2)
   DAY = START
   STEP.BY = 1 ; IF N < 0 THEN STEP.BY = -1
   LEFT = ABS(N)
   LOOP WHILE LEFT > 0
      DAY += STEP.BY
      GOSUB IS.WORKDAY
      IF WORK THEN LEFT -= 1
   REPEAT
   PRINT OCONV(START, 'D4/'):' ':OCONV(START, 'DWA')[1,3]:' ':FMT(N, 'R#3'):' working days -> ':OCONV(DAY, 'D4/'):' ':OCONV(DAY, 'DWA')[1,3]
NEXT T
* working days in each month of the first half of 2024
FOR M = 1 TO 6
   FIRST = ICONV(M:'/1/2024', 'D')
   IF M = 12 THEN LAST = ICONV('12/31/2024', 'D') ELSE LAST = ICONV((M + 1):'/1/2024', 'D') - 1
   CNT = 0
   FOR DAY = FIRST TO LAST
      GOSUB IS.WORKDAY
      CNT += WORK
   NEXT DAY
   PRINT OCONV(FIRST, 'DMA')[1,3]:' ':CNT:' working of ':LAST - FIRST + 1
NEXT M
PRINT 'done'
STOP

IS.WORKDAY:
   WD = OCONV(DAY, 'DW')
   WORK = (WD < 6)
   IF WORK THEN
      LOCATE(DAY, HOLIDAYS; HP) THEN WORK = 0
   END
   RETURN
END
