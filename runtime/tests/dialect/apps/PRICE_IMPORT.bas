* Price-list import from a supplier spreadsheet: text amounts turned into internal
* pence with ICONV MD/MR codes (commas, currency signs, trailing minus, brackets,
* too many decimals, junk) checking STATUS(), percentages with MD0/MD1, the stored
* list priced back out with OCONV, and a margin table with rounding to 2 places.
ROWS = 'A10,Bracket small,"1,234.56",35%'
ROWS<-1> = 'A11,Bracket large,12.5CR,40%'
ROWS<-1> = 'A12,Hinge brass,12.345,12.5%'
ROWS<-1> = 'A13,Return credit,5.00-,0%'
ROWS<-1> = 'A14,Spacer, 7 ,100%'
ROWS<-1> = 'A15,Clip,(2.40),15%'
ROWS<-1> = 'A16,Label,1.2.3,10%'
ROWS<-1> = 'A17,Gift,,5%'
ROWS<-1> = 'A18,Bolt,-0.5,x%'
ROWS<-1> = 'A19,Big,1234567.891,33%'
STORE = ''
FOR I = 1 TO DCOUNT(ROWS, @FM)
   R = ROWS<I>
   * commas inside quotes: swap them out before splitting
   IF INDEX(R, '"', 1) THEN
      Q1 = INDEX(R, '"', 1) ; Q2 = INDEX(R, '"', 2)
      R = R[1, Q1 - 1]:CONVERT(',', '', R[Q1 + 1, Q2 - Q1 - 1]):R[Q2 + 1, 999]
   END
   CODE = FIELD(R, ',', 1) ; DESC = FIELD(R, ',', 2) ; TXT = FIELD(R, ',', 3) ; PCT = FIELD(R, ',', 4)
   P = ICONV(TXT, 'MD2') ; S1 = STATUS()
   P2 = ICONV(TXT, 'MD2$') ; S2 = STATUS()
   M = ICONV(FIELD(PCT, '%', 1), 'MD1') ; S3 = STATUS()
   PRINT FMT(CODE, 'L#4'):FMT('[':TXT:']', 'L#16'):' MD2 ':FMT(P, 'R#10'):' st ':S1:'  MD2$ ':FMT(P2, 'R#10'):' st ':S2:'  pct ':FMT(M, 'R#5'):' st ':S3
   IF S1 = 0 AND S3 = 0 AND P # '' THEN
      STORE<1, -1> = CODE ; STORE<2, -1> = DESC ; STORE<3, -1> = P ; STORE<4, -1> = M
   END
NEXT I
PRINT
PRINT FMT('Code', 'L#5'):FMT('Desc', 'L#16'):FMT('Cost', 'R#14'):FMT('Margin', 'R#8'):FMT('Sell', 'R#14')
N = DCOUNT(STORE<1>, @VM)
FOR I = 1 TO N
   COST = STORE<3, I> ; MG = STORE<4, I>
   SELL = INT(COST * (1 + MG / 1000) + 0.5)
   PRINT FMT(STORE<1, I>, 'L#5'):FMT(STORE<2, I>, 'L#16'):FMT(OCONV(COST, 'MD2,$'), 'R#14'):FMT(OCONV(MG, 'MD1'):'%', 'R#8'):FMT(OCONV(SELL, 'MD2,'), 'R#14')
NEXT I
PRINT 'stored ':N:' of ':DCOUNT(ROWS, @FM)
* other MD/MR input forms
TESTS = '12':@FM:'12.':@FM:'.5':@FM:'-.5':@FM:'+3.25':@FM:'1e3':@FM:'0012.50':@FM:'1,2,3'
FOR I = 1 TO DCOUNT(TESTS, @FM)
   T = TESTS<I>
   A = ICONV(T, 'MD2') ; SA = STATUS() ; B = ICONV(T, 'MR2') ; SB = STATUS() ; C = ICONV(T, 'MD0') ; SC = STATUS()
   PRINT FMT(T, 'L#8'):' [':A:'] ':SA:' [':B:'] ':SB:' [':C:'] ':SC:' [':ICONV(T, 'MD2,'):'] [':ICONV(T, 'MD3'):']'
NEXT I
PRINT 'done'
