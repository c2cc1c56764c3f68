* Parsing an EDI-style purchase order: segments split on ~, elements on *, sub-elements
* on :, with FIELD, COL1()/COL2(), INDEX, COUNT, DCOUNT, MATCHFIELD, TRIMF/TRIMB,
* GROUP-like extraction; totals checked against the trailer and a fixed-width
* acknowledgement built with FMT masks.
MSG = 'ISA*00*SENDER01   *ZZ*RECEIVER02  *240315*1022~'
MSG := 'BEG*00*SA*PO-4471**20240315~'
MSG := 'N1*ST*Acme Tools Ltd*92*0042~'
MSG := 'PO1*1*12*EA*3.75*PE*VP*BOLT-M8~'
MSG := 'PO1*2*5*BX*19.99*PE*VP*NUT-M8:ZINC~'
MSG := 'PO1*3*1*EA*249.00*PE*VP*DRL-KIT~'
MSG := 'PO1*4*x*EA*1.00*PE*VP*BAD-QTY~'
MSG := 'CTT*4*18~'
MSG := 'SE*9*0001~'
SEGS = CHANGE(MSG, '~', @FM)
IF SEGS[LEN(SEGS), 1] = @FM THEN SEGS = SEGS[1, LEN(SEGS) - 1]
PRINT 'segments: ':DCOUNT(SEGS, @FM):' elements: ':COUNT(MSG, '*'):' PO1 lines: ':COUNT(MSG, 'PO1*')
ISA = SEGS<1>
SENDER = TRIMB(FIELD(ISA, '*', 3)) ; RECEIVER = TRIMB(FIELD(ISA, '*', 5))
PRINT 'from [':SENDER:'] to [':RECEIVER:'] on ':OCONV(ICONV(FIELD(ISA, '*', 6), 'D'), 'D4/')
X = FIELD(MSG, '*', 3)
PRINT 'third element [':X:'] starts ':COL1():' ends ':COL2()
POS = INDEX(MSG, 'PO1*', 2)
PRINT 'second PO1 at ':POS:': ':MSG[POS, 20]
LINES = '' ; TOTAL = 0 ; UNITS = 0 ; ERRS = ''
LOOP
   REMOVE SEG FROM SEGS SETTING DELIM
   TAG = FIELD(SEG, '*', 1)
   BEGIN CASE
      CASE TAG = 'BEG'
         PO = FIELD(SEG, '*', 4)
         PO.DATE = ICONV(FIELD(SEG, '*', 6)[5,2]:'/':FIELD(SEG, '*', 6)[7,2]:'/':FIELD(SEG, '*', 6)[1,4], 'D')
      CASE TAG = 'N1'
         SHIP.TO = FIELD(SEG, '*', 3)
      CASE TAG = 'PO1'
         QTY = FIELD(SEG, '*', 3) ; UOM = FIELD(SEG, '*', 4) ; PRICE = FIELD(SEG, '*', 5)
         PART = FIELD(SEG, '*', 8)
         VARIANT = FIELD(PART, ':', 2) ; PART = FIELD(PART, ':', 1)
         IF NOT(NUM(QTY)) OR QTY = '' THEN
            ERRS<-1> = 'line ':FIELD(SEG, '*', 2):' quantity [':QTY:']'
            CONTINUE
         END
         AMT = ICONV(PRICE, 'MD2') * QTY
         TOTAL += AMT ; UNITS += QTY
         LINES<-1> = PART:@VM:VARIANT:@VM:QTY:@VM:UOM:@VM:AMT
      CASE TAG = 'CTT'
         CTT.LINES = FIELD(SEG, '*', 2) ; CTT.UNITS = FIELD(SEG, '*', 3)
      CASE TAG = 'SE'
         SE.COUNT = FIELD(SEG, '*', 2)
   END CASE
WHILE DELIM DO REPEAT
PRINT 'PO ':PO:' dated ':OCONV(PO.DATE, 'D2-'):' ship to ':SHIP.TO
PRINT 'lines ok: ':DCOUNT(LINES, @FM):' of ':CTT.LINES:' units ':UNITS:' of ':CTT.UNITS:' segments ':SE.COUNT
IF ERRS # '' THEN PRINT 'errors: ':CONVERT(@FM, ';', ERRS)
* the acknowledgement: fixed-width records
ACK = ''
FOR I = 1 TO DCOUNT(LINES, @FM)
   L = LINES<I>
   REC = FMT(I, 'R%3'):FMT(L<1,1>, 'L#10'):FMT(L<1,2>, 'L#5'):FMT(L<1,3>, 'R#5'):' ':L<1,4>:FMT(OCONV(L<1,5>, 'MD2'), 'R#10')
   ACK<-1> = REC
NEXT I
ACK<-1> = 'TOT':SPACE(20):FMT(UNITS, 'R#5'):'   ':FMT(OCONV(TOTAL, 'MD2,'), 'R#10')
FOR I = 1 TO DCOUNT(ACK, @FM) ; PRINT '[':ACK<I>:']' ; NEXT I
PRINT 'masks: ':FMT('4471', '###-#'):' ':FMT('0042', 'L###.##'):' ':FMT(PO, 'R#12'):' ':FMT('AB', '3L'):'|'
PRINT 'matchfield: ':MATCHFIELD('PO-4471', '2A"-"4N', 3):' ':MATCHFIELD('BOLT-M8', '0A"-"0X', 1)
PRINT 'trims: [':TRIMF('  lead  '):'] [':TRIMB('  trail  '):'] [':TRIM('  a   b  '):'] [':TRIM('--x--', '-'):']'
PRINT 'done'
END
