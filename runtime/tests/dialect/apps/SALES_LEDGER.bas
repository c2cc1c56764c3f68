* Month-end sales ledger printed to the printer (hold file) with PRINTER ON: a
* HEADING with page numbers ('P', 'PN'), literal quotes and centring, a FOOTING,
* short pages set by SETPTR so the report spans several pages, rep subtotals from a
* sorted select list (SSELECT ... BY), and the hold entry read back.
EXECUTE 'SETPTR 0,60,12,0,0,3,BRIEF' CAPTURING JUNK
EXECUTE 'CREATE.FILE SALES' CAPTURING JUNK
OPEN 'SALES' TO SF ELSE STOP 'no SALES'
OPEN 'DICT', 'SALES' TO DF ELSE STOP 'no dict'
WRITE 'D':@FM:1:@FM:'':@FM:'Rep':@FM:'4L':@FM:'S' ON DF, 'REP'
WRITE 'D':@FM:2:@FM:'':@FM:'Amount':@FM:'10R':@FM:'S' ON DF, 'AMT'
DATA.IN = 'S01|NW|1200.5|Alpha Ltd;S02|SE|80|Beta plc;S03|NW|15.25|Gamma;S04|MID|990|Delta'
DATA.IN := ';S05|SE|4410.1|Epsilon;S06|NW|7|Zeta;S07|MID|250.75|Eta;S08|SE|60|Theta'
FOR I = 1 TO DCOUNT(DATA.IN, ';')
   R = FIELD(DATA.IN, ';', I)
   WRITE FIELD(R, '|', 2):@FM:FIELD(R, '|', 3):@FM:FIELD(R, '|', 4) ON SF, FIELD(R, '|', 1)
NEXT I
PRINTER ON
HEADING "'C'SALES LEDGER'L'Page 'PN' of period ''P1''  'L'"
FOOTING "'L'-- continued on next page, this is page 'P' --"
PRINT FMT('Inv', 'L#5'):FMT('Rep', 'L#5'):FMT('Customer', 'L#12'):FMT('Amount', 'R#12')
EXECUTE 'SSELECT SALES BY REP BY.DSND AMT' CAPTURING JUNK
LAST.REP = '' ; REP.TOT = 0 ; GRAND = 0 ; N = 0
LOOP
   READNEXT ID ELSE EXIT
   READ R FROM SF, ID ELSE CONTINUE
   IF R<1> # LAST.REP AND LAST.REP # '' THEN GOSUB REP.BREAK
   LAST.REP = R<1>
   PRINT FMT(ID, 'L#5'):FMT(R<1>, 'L#5'):FMT(R<3>, 'L#12'):FMT(R<2>, 'R2,#12')
   REP.TOT += R<2> ; GRAND += R<2> ; N += 1
REPEAT
GOSUB REP.BREAK
PRINT FMT('Total ':N:' invoices', 'L#22'):FMT(GRAND, 'R2,$#12')
PRINTER OFF
PRINTER CLOSE
PRINT 'report printed'
OPEN '$HOLD' TO H ELSE STOP 'no hold'
READ P FROM H, 'P0' ELSE STOP 'no P0'
P = CHANGE(P, CHAR(12), '<FF>')
CONVERT CHAR(13) TO '' IN P
FOR L = 1 TO DCOUNT(P, @FM)
   PRINT FMT(L, 'R#2'):'|':P<L>
NEXT L
PRINT 'done'
STOP
REP.BREAK:
   PRINT FMT('  ':LAST.REP:' subtotal', 'L#22'):FMT(REP.TOT, 'R2,#12')
   PRINT
   REP.TOT = 0
RETURN
