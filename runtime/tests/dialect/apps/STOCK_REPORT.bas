* Stock report for the printer: SETPTR sends print unit 0 to a hold file, the report
* pages with HEADING/FOOTING ('P' page, 'L' lines, 'C' centring, 'D' date), PAGE
* starts a new section, FMT masks and OCONV format the columns; an exceptions list
* goes to print unit 2 (a hold file by default). The hold records are then read back
* and shown with the page throws made visible.
EXECUTE 'SETPTR 0,60,14,1,1,3,BRIEF' CAPTURING JUNK
EXECUTE 'SETPTR 2,50,0,0,0,3,AS EXCEPTIONS,BRIEF' CAPTURING JUNK
ITEMS = 'BOLT-M8|Hex bolt M8 x 40|1250|12|W1'
ITEMS<-1> = 'NUT-M8|Hex nut M8|3000|4|W1'
ITEMS<-1> = 'WSH-M8|Washer M8, zinc|0|2|W1'
ITEMS<-1> = 'DRL-10|Drill bit 10mm HSS|45|399|W2'
ITEMS<-1> = 'SAW-01|Hand saw, 22in|8|1599|W2'
ITEMS<-1> = 'TAPE-5|Tape measure 5m|-3|650|W2'
ITEMS<-1> = 'GLV-L|Work gloves (L)|120|275|W3'
ITEMS<-1> = 'GLV-M|Work gloves (M)|95|275|W3'
ITEMS<-1> = 'HAT-H|Hard hat, white|14|899|W3'
ITEMS<-1> = 'BOOT-9|Safety boot size 9|6|4999|W3'
PRINTER ON
HEADING "'C'STOCK VALUATION'L'Warehouse report page 'PL'"
FOOTING "'C'- page 'P' -"
TOTAL = 0 ; WH.TOTAL = 0 ; LAST.WH = '' ; EXC = 0
FOR I = 1 TO DCOUNT(ITEMS, @FM)
   CODE = FIELD(ITEMS<I>, '|', 1) ; DESC = FIELD(ITEMS<I>, '|', 2)
   QTY = FIELD(ITEMS<I>, '|', 3) ; COST = FIELD(ITEMS<I>, '|', 4) ; WH = FIELD(ITEMS<I>, '|', 5)
   IF WH # LAST.WH THEN
      IF LAST.WH # '' THEN GOSUB WH.TOTAL
      PAGE
      PRINT 'Warehouse ':WH
      PRINT FMT('Code', 'L#8'):FMT('Description', '20L'):FMT('Qty', 'R#6'):FMT('Cost', 'R#9'):FMT('Value', 'R#12')
      LAST.WH = WH
   END
   VALUE = QTY * COST
   IF QTY <= 0 THEN
      EXC += 1
      PRINT ON 2 FMT(EXC, 'R%3'):' ':CODE:' quantity ':QTY
   END
   PRINT FMT(CODE, 'L#8'):FMT(DESC, '20L'):FMT(QTY, 'R#6'):FMT(OCONV(COST, 'MD2'), 'R#9'):FMT(VALUE / 100, 'R2,#12')
   WH.TOTAL += VALUE ; TOTAL += VALUE
NEXT I
GOSUB WH.TOTAL
PRINT
PRINT FMT('Grand total', 'L#43'):FMT(OCONV(TOTAL, 'MD2,$'), 'R#12')
PRINT 'Items: ':FMT(DCOUNT(ITEMS, @FM), 'R%5'):'  exceptions: ':EXC
PRINTER OFF
PRINT 'on the display while the printer is off'
PRINTER ON
PRINT 'last printed line'
PRINTER CLOSE
HEADING ON 2 "Exceptions 'D'"
PRINT ON 2 'end of exceptions'
PRINTER CLOSE ON 2
OPEN '$HOLD' TO HOLD.F ELSE STOP 'no $HOLD'
FOR R = 1 TO 2
   ID = (IF R = 1 THEN 'P0' ELSE 'EXCEPTIONS')
   READ REC FROM HOLD.F, ID ELSE PRINT 'no ':ID ; CONTINUE
   REC = CHANGE(REC, OCONV(DATE(), 'D'), '<today>')
   REC = CHANGE(REC, CHAR(13):CHAR(12), '<FF>')
   PRINT '--- ':ID:': ':DCOUNT(REC, @FM):' lines'
   FOR L = 1 TO DCOUNT(REC, @FM)
      PRINT FMT(L, 'R#3'):'|':REC<L>
   NEXT L
NEXT R
PRINT 'done'
STOP

WH.TOTAL:
   PRINT SPACE(43):STR('-', 12)
   PRINT FMT('Total ':LAST.WH, 'L#43'):FMT(OCONV(WH.TOTAL, 'MD2,'), 'R#12')
   WH.TOTAL = 0
RETURN
END
