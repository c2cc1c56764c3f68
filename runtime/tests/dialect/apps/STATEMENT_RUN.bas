* Customer statements printed to a hold file: one statement per customer, each
* starting a new page with its own HEADING (name and address in the heading, page
* numbers running on through the run), a FOOTING carrying the balance forward on
* pages that overflow, dates and money through OCONV, aged totals at the end.
* The hold file is read back and shown with page throws made visible.
EXECUTE 'SETPTR 0,70,16,0,0,3,AS STMTS,BRIEF' CAPTURING JUNK
EQU TAB TO CHAR(9)
RUN.DATE = ICONV('30/04/2024', 'D4/E')
CUSTS = 'ACME001':TAB:'Acme Tools Ltd':TAB:'12 High St, Leeds'
CUSTS<-1> = 'BRW002':TAB:'Brown & Sons':TAB:'The Yard, York'
CUSTS<-1> = 'CLY003':TAB:'Clay Potteries':TAB:'Unit 4, Stoke'
* transactions: customer, date (DD/MM/YYYY), type, reference, amount in pence
TX = 'ACME001|02/01/2024|INV|A-100|125000'
TX<-1> = 'ACME001|15/01/2024|PAY|CHQ 881|-100000'
TX<-1> = 'ACME001|03/02/2024|INV|A-131|48050'
TX<-1> = 'ACME001|28/02/2024|INV|A-140|9999'
TX<-1> = 'ACME001|29/02/2024|CRN|C-7|-4500'
TX<-1> = 'ACME001|11/03/2024|INV|A-162|230000'
TX<-1> = 'ACME001|02/04/2024|PAY|BACS|-150000'
TX<-1> = 'ACME001|19/04/2024|INV|A-199|17525'
TX<-1> = 'ACME001|29/04/2024|INV|A-207|60000'
TX<-1> = 'BRW002|31/03/2024|INV|B-12|1000'
TX<-1> = 'BRW002|30/04/2024|PAY|CASH|-1000'
TX<-1> = 'CLY003|05/12/2023|INV|C-900|333333'
TX<-1> = 'CLY003|06/01/2024|INV|C-901|66667'
PRINTER ON
FOR C = 1 TO DCOUNT(CUSTS, @FM)
   CID = FIELD(CUSTS<C>, TAB, 1)
   CNAME = FIELD(CUSTS<C>, TAB, 2)
   CADDR = FIELD(CUSTS<C>, TAB, 3)
   GOSUB PRINT.STATEMENT
NEXT C
PRINTER CLOSE
GOSUB SHOW.HOLD
PRINT 'done'
STOP
*
PRINT.STATEMENT:
   BAL = 0
   AGED = '' ; AGED<1> = 0 ; AGED<2> = 0 ; AGED<3> = 0 ; AGED<4> = 0
   HEADING "STATEMENT 'C'Page 'PN''L'":CNAME:" (":CID:")'L'":CADDR:"'L'As at ":OCONV(RUN.DATE, 'D4 E'):"'L'"
   FOOTING "'L'continued...'L'"
   PRINT FMT('Date', '12L'):FMT('Type', '5L'):FMT('Ref', '9L'):FMT('Amount', '12R'):FMT('Balance', '13R')
   N = 0
   FOR T = 1 TO DCOUNT(TX, @FM)
      IF FIELD(TX<T>, '|', 1) # CID THEN CONTINUE
      TDATE = ICONV(FIELD(TX<T>, '|', 2), 'D4/E')
      TTYPE = FIELD(TX<T>, '|', 3)
      TREF = FIELD(TX<T>, '|', 4)
      AMT = FIELD(TX<T>, '|', 5)
      BAL += AMT
      N += 1
      IF AMT > 0 THEN
         AGE = RUN.DATE - TDATE
         BEGIN CASE
            CASE AGE <= 30 ; B = 1
            CASE AGE <= 60 ; B = 2
            CASE AGE <= 90 ; B = 3
            CASE 1 ; B = 4
         END CASE
         AGED<B> += AMT
      END
      LINE = FMT(OCONV(TDATE, 'D2/E'), '12L'):FMT(TTYPE, '5L'):FMT(TREF, '9L')
      LINE := FMT(OCONV(AMT, 'MD2,'), '12R'):FMT(OCONV(BAL, 'MD2,C'), '13R')
      PRINT LINE
   NEXT T
   IF N = 0 THEN PRINT '   no transactions this period'
   * payments are applied to the oldest debts first
   PAID = 0
   FOR T = 1 TO DCOUNT(TX, @FM)
      IF FIELD(TX<T>, '|', 1) = CID AND FIELD(TX<T>, '|', 5) < 0 THEN PAID -= FIELD(TX<T>, '|', 5)
   NEXT T
   FOR B = 4 TO 1 STEP -1
      TAKE = MINIMUM(PAID:@FM:AGED<B>)
      AGED<B> -= TAKE
      PAID -= TAKE
   NEXT B
   FOOTING ''
   PRINT
   PRINT FMT('Current', '12R'):FMT('31-60', '12R'):FMT('61-90', '12R'):FMT('Over 90', '12R')
   LINE = ''
   FOR B = 1 TO 4
      LINE := FMT(OCONV(AGED<B>, 'MD2'), '12R')
   NEXT B
   PRINT LINE
   PRINT 'Amount due: ':OCONV(BAL, 'MD2,$'):(IF BAL <= 0 THEN ' - thank you' ELSE '')
RETURN
*
SHOW.HOLD:
   OPEN '$HOLD' TO HOLD.F ELSE STOP 'no $HOLD'
   READ REC FROM HOLD.F, 'STMTS' ELSE PRINT 'no hold entry' ; RETURN
   REC = CHANGE(REC, CHAR(12), '<FF>')
   REC = CHANGE(REC, CHAR(13), '')
   PRINT 'hold entry: ':DCOUNT(REC, @FM):' lines'
   FOR L = 1 TO DCOUNT(REC, @FM)
      PRINT FMT(L, 'R#3'):'|':TRIMB(REC<L>)
   NEXT L
RETURN
END
