* Invoice printing run: each invoice starts a new page on print unit 1 (a hold file by
* default, 66 lines) with PAGE ON 1 and a page number reset, HEADING ON/FOOTING ON with
* the invoice number, FMT column masks; an audit trail is written with WRITESEQ to a
* directory file. Both are read back at the end (page throws shown as <FF>).
EXECUTE 'SETPTR 1,64,24,0,0,3,BRIEF' CAPTURING JUNK
EXECUTE 'CREATE.FILE AUDIT DIRECTORY' CAPTURING JUNK
OPENSEQ 'AUDIT', 'run.log' TO LOG.F ELSE NULL
INVS = 'INV-101|Acme Tools|BOLT,100,0.12;NUT,250,0.04;DRILL,1,39.99'
INVS<-1> = 'INV-102|Bolt & Nut Co|SAW,2,15.99'
INVS<-1> = 'INV-103|Crane Hire|'
INVS<-1> = 'INV-104|Delta Ltd|GLOVES,12,2.75;HAT,3,8.99;BOOTS,1,49.99;TAPE,4,6.50;VEST,6,4.25'
PAGES = 0 ; RUN.TOTAL = 0
FOR I = 1 TO DCOUNT(INVS, @FM)
   INV.NO = FIELD(INVS<I>, '|', 1) ; CUST = FIELD(INVS<I>, '|', 2) ; LINES = FIELD(INVS<I>, '|', 3)
   IF LINES = '' THEN
      WRITESEQ INV.NO:' skipped: no lines' TO LOG.F ELSE NULL
      CONTINUE
   END
   HEADING ON 1 "Invoice ":INV.NO:"'C'ACME SUPPLIES'L'":CUST:"'L'"
   FOOTING ON 1 "'L'":INV.NO:" page 'P'"
   IF PAGES > 0 THEN PAGE ON 1 1
   PAGES += 1
   PRINT ON 1 FMT('Item', 'L#10'):FMT('Qty', 'R#6'):FMT('Price', 'R#10'):FMT('Amount', 'R#12')
   NET = 0
   N = DCOUNT(LINES, ';')
   FOR L = 1 TO N
      LN = FIELD(LINES, ';', L)
      QTY = FIELD(LN, ',', 2) ; PRICE = FIELD(LN, ',', 3)
      AMT = QTY * PRICE
      NET += AMT
      PRINT ON 1 FMT(FIELD(LN, ',', 1), 'L#10'):FMT(QTY, 'R#6'):FMT(PRICE, 'R2#10'):FMT(AMT, 'R2,#12')
   NEXT L
   VAT = INT(NET * 20 + 0.5) / 100
   PRINT ON 1 SPACE(26):STR('=', 12)
   PRINT ON 1 FMT('Net', 'R#26'):FMT(NET, 'R2,#12')
   PRINT ON 1 FMT('VAT 20%', 'R#26'):FMT(VAT, 'R2,#12')
   PRINT ON 1 FMT('Total due', 'R#26'):FMT(NET + VAT, 'R2,$#12')
   RUN.TOTAL += NET + VAT
   WRITESEQ INV.NO:' ':FMT(N, 'R#2'):' lines ':FMT(NET + VAT, 'R2#10') TO LOG.F ELSE NULL
NEXT I
WRITESEQ 'run total ':OCONV(RUN.TOTAL * 100, 'MD2,') TO LOG.F ELSE NULL
CLOSESEQ LOG.F
PRINTER CLOSE ON 1
OPEN '$HOLD' TO H ELSE STOP 'no $HOLD'
READ P FROM H, 'P1' ELSE STOP 'no P1'
P = CHANGE(P, CHAR(13):CHAR(12), '<FF>')
N = DCOUNT(P, @FM)
PRINT 'P1 has ':N:' lines, ':COUNT(P, '<FF>'):' page throws'
BLANKS = 0
FOR L = 1 TO N
   IF P<L> = '' THEN BLANKS += 1 ; CONTINUE
   IF BLANKS THEN PRINT '   (':BLANKS:' blank)' ; BLANKS = 0
   PRINT FMT(L, 'R#3'):' ':P<L>
NEXT L
IF BLANKS THEN PRINT '   (':BLANKS:' blank at end)'
OPENSEQ 'AUDIT', 'run.log' TO LOG.F ELSE STOP 'no log'
LOOP
   READSEQ LINE FROM LOG.F ELSE EXIT
   PRINT 'log: ':LINE
REPEAT
CLOSESEQ LOG.F
PRINT 'done'
END
