* Payroll run on dimensioned arrays: employee records read with MATREAD (fields
* beyond the DIM are kept and written back), MATPARSE/MATBUILD for a rates table, a two-
* dimensional hours matrix, MAT copy and MAT assignment, INMAT(), MATWRITE back.
DIM EMP(6), RATES(5), HOURS(4, 7), SAVED(4, 7), BANDS(3)
EXECUTE 'CREATE.FILE STAFF' CAPTURING JUNK
OPEN 'STAFF' TO STAFF.F ELSE STOP 'no STAFF'
WRITE 'Ann Lee':@FM:'A':@FM:'1985-04-02':@FM:'S':@FM:'0':@FM:'note' ON STAFF.F, 'E1'
WRITE 'Bob Marsh':@FM:'B':@FM:'1990-11-30':@FM:'H':@FM:'120' ON STAFF.F, 'E2'
WRITE 'Cy Ng':@FM:'C':@FM:'1979-01-15':@FM:'H':@FM:'0':@FM:'x':@FM:'y':@FM:'z' ON STAFF.F, 'E3'
WRITE 'Di Ross':@FM:'A':@FM:'2001-06-09':@FM:'S' ON STAFF.F, 'E4'
MATPARSE RATES FROM 'A,2150,B,1875,C' , ','
PRINT 'rates parsed: ':INMAT():' last=':RATES(5)
MATPARSE RATES FROM 'A=2150|B=1875|C=1620|D=1400', '|'
PRINT 'rates: ':INMAT()
MATBUILD BACK FROM RATES USING ';'
PRINT 'rebuilt: ':BACK
MAT BANDS = 0
MAT HOURS = 8
HOURS(1, 6) = 0 ; HOURS(1, 7) = 0
HOURS(2, 3) = 11.5 ; HOURS(2, 7) = 4
HOURS(3, 1) = 0 ; HOURS(3, 2) = 12
FOR D = 1 TO 7 ; HOURS(4, D) = D ; NEXT D
MAT SAVED = MAT HOURS
HOURS(4, 1) = 99
PRINT 'copy kept: ':SAVED(4, 1):' changed: ':HOURS(4, 1)
MAT HOURS = MAT SAVED
GROSS.ALL = 0
FOR E = 1 TO 4
   ID = 'E':E
   MATREAD EMP FROM STAFF.F, ID ELSE PRINT 'no ':ID ; CONTINUE
   N.FIELDS = INMAT()
   GRADE = EMP(2)
   RATE = ''
   FOR R = 1 TO 4
      IF FIELD(RATES(R), '=', 1) = GRADE THEN RATE = FIELD(RATES(R), '=', 2)
   NEXT R
   TOT.H = 0 ; OT.H = 0
   FOR D = 1 TO 7
      H = HOURS(E, D)
      IF H > 8 THEN OT.H += H - 8 ; H = 8
      IF D >= 6 THEN OT.H += H ; H = 0
      TOT.H += H
   NEXT D
   BASIC = TOT.H * RATE
   OT.PAY = INT(OT.H * RATE * 1.5 + 0.5)
   GROSS = BASIC + OT.PAY + EMP(5)
   BAND = (IF GROSS > 80000 THEN 3 ELSE IF GROSS > 50000 THEN 2 ELSE 1)
   BANDS(BAND) += 1
   GROSS.ALL += GROSS
   AGE = INT((ICONV('01/04/2024', 'D4/E') - ICONV(EMP(3)[6,2]:'/':EMP(3)[9,2]:'/':EMP(3)[1,4], 'D4/')) / 365.25)
   PRINT ID:' ':FMT(EMP(1), '10L'):' grade ':GRADE:' fields ':N.FIELDS:' age ':AGE:' hours ':FMT(TOT.H, 'R1#5'):'+':FMT(OT.H, 'R1#4'):' gross ':FMT(OCONV(GROSS, 'MD2,'), 'R#10'):' band ':BAND
   IF N.FIELDS > 6 THEN PRINT '   last element: ':CONVERT(@FM, '/', EMP(6))
   EMP(5) = GROSS
   EMP(6) = 'paid'
   MATWRITE EMP ON STAFF.F, ID
NEXT E
PRINT 'bands: ':BANDS(1):'/':BANDS(2):'/':BANDS(3):' total ':OCONV(GROSS.ALL, 'MD2,$')
READ CHECK FROM STAFF.F, 'E3' THEN PRINT 'E3 now: ':CONVERT(@FM, '^', CHECK)
READ CHECK FROM STAFF.F, 'E4' THEN PRINT 'E4 now: ':CONVERT(@FM, '^', CHECK)
DIM SMALL(2)
MATREAD SMALL FROM STAFF.F, 'E1' THEN PRINT 'small: ':INMAT():' ':CONVERT(@FM, '^', SMALL(2))
MATREAD SMALL FROM STAFF.F, 'NONE' ELSE PRINT 'missing: ':INMAT():' [':SMALL(1):']'
PRINT 'done'
END
