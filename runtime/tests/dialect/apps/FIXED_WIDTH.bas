* Parse fixed-width bank statement lines; MATCHES patterns, ICONV of amounts and dates
LINES = ''
LINES<-1> = '20240105DEP  Salary January         +0002500.00'
LINES<-1> = '20240107CHQ  000123 Plumber         -0000180.5 '
LINES<-1> = '20240110POS  GROCER 44              -0000063.27'
LINES<-1> = '2024011XPOS  broken line            -0000001.00'
LINES<-1> = '20240131INT  Interest               +0000001.04'
BAL = 0
FOR I = 1 TO DCOUNT(LINES, @FM)
   L = LINES<I>
   DT = L[1,8] ; TYP = TRIM(L[9,5]) ; DESC = TRIM(L[14,23]) ; AMT = TRIM(L[37,12])
   IF NOT(DT MATCHES '8N') THEN
      PRINT 'Line ':I:': bad date ':DT
      CONTINUE
   END
   IDATE = ICONV(DT[5,2]:'/':DT[7,2]:'/':DT[1,4], 'D2/')
   SIGN = AMT[1,1]
   MONEY = ICONV(AMT[2,99], 'MD2')
   IF SIGN = '-' THEN MONEY = -MONEY
   BAL += MONEY
   PRINT OCONV(IDATE,'D2-'):' ':FMT(TYP,'L#4'):FMT(DESC,'L#18'):FMT(OCONV(MONEY,'MD2'),'R#10'):FMT(OCONV(BAL,'MD2,'),'R#11')
NEXT I
PRINT 'Closing balance ':OCONV(BAL,'MD2,$')
* pattern matching examples a validation routine uses
TESTS = 'AB-1234':@FM:'ab-12':@FM:'123-45-6789':@FM:'hello world':@FM:'':@FM:'X9'
PATS = "2A'-'4N":@VM:"0A'-'0N":@VM:"3N'-'2N'-'4N":@VM:"...'world'":@VM:"0X":@VM:"1A1N"
FOR T = 1 TO DCOUNT(TESTS, @FM)
   S = TESTS<T> ; HITS = ''
   FOR P = 1 TO DCOUNT(PATS, @VM)
      IF S MATCHES PATS<1,P> THEN HITS := P
   NEXT P
   PRINT FMT('"':S:'"','L#15'):HITS
NEXT T
PRINT 'Alternatives: ':('12' MATCHES '1N':@VM:'2N'):' ':('abc' MATCHES '2A':@VM:'3N')
PRINT 'Fields: ':FIELD('a:b:c:d', ':', 2, 2):' ':FIELD('a:b', ':', 5):'|':FIELD('abc', ':', 1)
PRINT 'Col: ':COL1():' ':COL2()
X = FIELD('k1=v1;k2=v2;k3=v3', ';', 2)
PRINT 'After FIELD: ':X:' ':COL1():' ':COL2()
PRINT 'done'
END
