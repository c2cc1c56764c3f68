* Payslips from an employee file held as DIM'd records (MATREAD), deductions from a
* band table walked with LOCATE BY 'AR', year-to-date fields updated with MATWRITEU
* under lock then released, payslip text laid out with @(col) column codes captured
* into strings, and totals by department from SSELECT ... BY DEPT.
EQU E.NAME TO EMP(1), E.DEPT TO EMP(2), E.SALARY TO EMP(3), E.YTD.GROSS TO EMP(4), E.YTD.TAX TO EMP(5)
DIM EMP(5)
EXECUTE 'CREATE.FILE PAYEMP' CAPTURING JUNK
OPEN 'PAYEMP' TO PF ELSE STOP 'no PAYEMP'
OPEN 'DICT', 'PAYEMP' TO DF ELSE STOP 'no dict'
WRITE 'D':@FM:2:@FM:'':@FM:'Dept':@FM:'5L':@FM:'S' ON DF, 'DEPT'
STAFF = 'E01|Ann Lee|OPS|28500':@FM:'E02|Raj Patel|IT|61200':@FM:'E03|Tom Wood|OPS|12000'
STAFF<-1> = 'E04|Mia Chen|IT|45000':@FM:'E05|Joe Bloggs|ADM|150000'
FOR I = 1 TO DCOUNT(STAFF, @FM)
   MAT EMP = 0
   E.NAME = FIELD(STAFF<I>, '|', 2) ; E.DEPT = FIELD(STAFF<I>, '|', 3) ; E.SALARY = FIELD(STAFF<I>, '|', 4)
   MATWRITE EMP ON PF, FIELD(STAFF<I>, '|', 1)
NEXT I
* annual bands: upper limit and rate
BANDS = 12570:@VM:50270:@VM:125140:@VM:999999999
RATES = 0:@VM:20:@VM:40:@VM:45
EXECUTE 'SSELECT PAYEMP BY DEPT' CAPTURING JUNK
LAST = '' ; DTOT = 0
LOOP
   READNEXT ID ELSE EXIT
   MATREADU EMP FROM PF, ID LOCKED PRINT ID:' locked' ; CONTINUE ELSE CONTINUE
   IF E.DEPT # LAST THEN
      IF LAST # '' THEN PRINT '  dept ':LAST:' gross ':OCONV(DTOT, 'MD2,')
      LAST = E.DEPT ; DTOT = 0
   END
   ANNUAL.TAX = 0 ; PREV = 0
   LOCATE E.SALARY IN BANDS<1, 1> BY 'AR' SETTING TOP ELSE NULL
   FOR B = 1 TO TOP
      UPPER = (IF B = TOP THEN E.SALARY ELSE BANDS<1, B>)
      ANNUAL.TAX += (UPPER - PREV) * RATES<1, B> / 100
      PREV = BANDS<1, B>
   NEXT B
   GROSS = INT(E.SALARY * 100 / 12 + 0.5)
   TAX = INT(ANNUAL.TAX * 100 / 12 + 0.5)
   E.YTD.GROSS += GROSS ; E.YTD.TAX += TAX
   MATWRITEU EMP ON PF, ID
   SLIP = @(0):ID:@(5):E.NAME:@(18):E.DEPT:@(23):OCONV(GROSS, 'MD2,'):@(35):OCONV(TAX, 'MD2,'):@(46):OCONV(GROSS - TAX, 'MD2,$')
   CONVERT CHAR(27) TO '~' IN SLIP
   PRINT SLIP:' band ':TOP:' lock ':RECORDLOCKED(PF, ID)
   RELEASE PF, ID
   DTOT += GROSS
REPEAT
PRINT '  dept ':LAST:' gross ':OCONV(DTOT, 'MD2,')
MATREAD EMP FROM PF, 'E05' THEN PRINT 'E05 ytd ':OCONV(E.YTD.GROSS, 'MD2,'):' tax ':OCONV(E.YTD.TAX, 'MD2,'):' inmat ':INMAT()
PRINT 'done'
