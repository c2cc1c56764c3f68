* Customer statements: transactions filed with internal dates, selected per customer
* in date order with SSELECT ... WITH ... BY on dictionary fields, running balances,
* an ageing split by days outstanding at a fixed statement date, dates shown with
* D2/, D4-, DMA and amounts with MD2 credit/debit notation, PRINTER ON to a hold file
* with a HEADING that carries the customer and page number.
EXECUTE 'SETPTR 0,64,30,0,0,3,BRIEF' CAPTURING JUNK
EXECUTE 'CREATE.FILE TXNS' CAPTURING JUNK
OPEN 'TXNS' TO TF ELSE STOP 'no TXNS'
OPEN 'DICT', 'TXNS' TO DF ELSE STOP 'no dict'
WRITE 'D':@FM:1:@FM:'':@FM:'Cust':@FM:'6L':@FM:'S' ON DF, 'CUST'
WRITE 'D':@FM:2:@FM:'D2/':@FM:'Date':@FM:'8R':@FM:'S' ON DF, 'TDATE'
WRITE 'D':@FM:3:@FM:'MD2':@FM:'Amount':@FM:'10R':@FM:'S' ON DF, 'AMT'
STMT.DATE = ICONV('31 MAR 2024', 'D')
T = 'C1|15 JAN 2024|12000|Invoice 101':@FM:'C2|02 FEB 2024|5000|Invoice 102':@FM:'C1|20 FEB 2024|-12000|Payment'
T<-1> = 'C1|01 MAR 2024|7550|Invoice 103':@FM:'C1|30 DEC 2023|2500|Invoice 099':@FM:'C2|28 MAR 2024|-1000|Credit note'
T<-1> = 'C3|10 MAR 2024|0|Zero invoice':@FM:'C1|29 FEB 2024|125|Interest'
FOR I = 1 TO DCOUNT(T, @FM)
   WRITE FIELD(T<I>, '|', 1):@FM:ICONV(FIELD(T<I>, '|', 2), 'D'):@FM:FIELD(T<I>, '|', 3):@FM:FIELD(T<I>, '|', 4) ON TF, 'T':FMT(I, 'R%3')
NEXT I
PRINTER ON
CUSTS = 'C1':@FM:'C2':@FM:'C3'
FOR C = 1 TO 3
   CUST = CUSTS<C>
   HEADING "Statement for ":CUST:" at ":OCONV(STMT.DATE, 'D4-'):"  Page 'P''L'"
   IF C > 1 THEN PAGE
   EXECUTE 'SSELECT TXNS WITH CUST = "':CUST:'" BY TDATE' CAPTURING JUNK
   BAL = 0 ; AGE = 0:@FM:0:@FM:0
   LOOP
      READNEXT ID ELSE EXIT
      READ R FROM TF, ID ELSE CONTINUE
      BAL += R<3>
      DAYS = STMT.DATE - R<2>
      BKT = (IF DAYS <= 30 THEN 1 ELSE IF DAYS <= 60 THEN 2 ELSE 3)
      AGE<BKT> += R<3>
      PRINT FMT(OCONV(R<2>, 'D2/'), 'L#10'):FMT(OCONV(R<2>, 'DMA')[1, 3], 'L#4'):FMT(R<4>, 'L#14'):FMT(OCONV(R<3>, 'MD2C'), 'R#12'):FMT(OCONV(BAL, 'MD2D'), 'R#12'):FMT(DAYS, 'R#5')
   REPEAT
   PRINT STR('-', 57)
   PRINT 'Current ':OCONV(AGE<1>, 'MD2'):'  31-60 ':OCONV(AGE<2>, 'MD2'):'  Over 60 ':OCONV(AGE<3>, 'MD2')
   PRINT 'Balance due ':OCONV(BAL, 'MD2,$')
NEXT C
PRINTER OFF
PRINTER CLOSE
OPEN '$HOLD' TO H ELSE STOP 'no hold'
READ P FROM H, 'P0' ELSE STOP 'no P0'
P = CHANGE(P, CHAR(12), '<FF>')
CONVERT CHAR(13) TO '' IN P
FOR L = 1 TO DCOUNT(P, @FM)
   IF TRIM(P<L>) # '' THEN PRINT FMT(L, 'R#3'):'|':P<L>
NEXT L
PRINT 'done'
