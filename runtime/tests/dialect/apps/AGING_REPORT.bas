* Accounts-receivable aging: open invoices bucketed by days overdue (internal date
* arithmetic), one block per customer kept together on a page by asking the printer
* how many lines are left (PRINTER.SETTING / GETPU) and throwing a PAGE if the block
* will not fit; customer subtotals, a grand total line, then the hold file read back.
* SUPPORT: A2.AGEBKT
EXECUTE 'SETPTR 0,72,16,0,0,3,AS AGING,BRIEF' CAPTURING JUNK
AS.OF = ICONV('31 MAR 2024', 'D')
OPEN.ITEMS = 'C01|A-1|15 JAN 2024|1200.00'
OPEN.ITEMS<-1> = 'C01|A-7|01 MAR 2024|350.50'
OPEN.ITEMS<-1> = 'C01|A-9|28 MAR 2024|99.99'
OPEN.ITEMS<-1> = 'C02|B-2|30 NOV 2023|5000.00'
OPEN.ITEMS<-1> = 'C02|B-3|10 FEB 2024|-250.00'
OPEN.ITEMS<-1> = 'C03|C-1|31 MAR 2024|75.25'
OPEN.ITEMS<-1> = 'C04|D-4|01 OCT 2023|810.00'
OPEN.ITEMS<-1> = 'C04|D-5|15 DEC 2023|15.00'
OPEN.ITEMS<-1> = 'C04|D-6|20 JAN 2024|2222.22'
OPEN.ITEMS<-1> = 'C04|D-8|05 MAR 2024|18.75'
DIM GRAND(5), SUBT(5)
MAT GRAND = 0
LABELS = 'Current':@VM:'1-30':@VM:'31-60':@VM:'61-90':@VM:'90+'
PRINTER ON
HEADING "Aged debtors as at ":OCONV(AS.OF, 'D'):"'C'page 'P'"
FOOTING "'C'continued"
GOSUB COLUMN.TITLES
LAST = '' ; BLOCK = ''
FOR I = 1 TO DCOUNT(OPEN.ITEMS, @FM) + 1
   CUST = FIELD(OPEN.ITEMS<I>, '|', 1)
   IF CUST # LAST AND LAST # '' THEN GOSUB PRINT.BLOCK
   IF CUST = '' THEN EXIT
   LAST = CUST
   BLOCK<-1> = OPEN.ITEMS<I>
NEXT I
PRINT STR('=', 70)
LINE = FMT('All customers', 'L#20')
FOR B = 1 TO 5 ; LINE := FMT(GRAND(B), 'R2,#10') ; NEXT B
PRINT LINE
PRINTER CLOSE
OPEN '$HOLD' TO H ELSE STOP 'no $HOLD'
READ R FROM H, 'AGING' ELSE STOP 'no report'
R = CHANGE(R, CHAR(13):CHAR(12), '<FF>')
FOR L = 1 TO DCOUNT(R, @FM)
   IF TRIM(R<L>) # '' THEN PRINT FMT(L, 'R#3'):'|':R<L>
NEXT L
PRINT 'done'
STOP

PRINT.BLOCK:
   N = DCOUNT(BLOCK, @FM)
   NEED = N + 2
   LEFT = PRINTER.SETTING(0, 14, -2)
   IF LEFT < NEED THEN
      PAGE
      GOSUB COLUMN.TITLES
   END
   MAT SUBT = 0
   FOR K = 1 TO N
      INV = FIELD(BLOCK<K>, '|', 2)
      DT = ICONV(FIELD(BLOCK<K>, '|', 3), 'D')
      AMT = FIELD(BLOCK<K>, '|', 4)
      CALL A2.AGEBKT(AS.OF - DT, BKT)
      SUBT(BKT) += AMT ; GRAND(BKT) += AMT
      LINE = FMT(LAST, 'L#5'):FMT(INV, 'L#6'):FMT(OCONV(DT, 'D2/'), 'L#9')
      LINE := SPACE((BKT - 1) * 10):FMT(AMT, 'R2,#10')
      PRINT LINE
   NEXT K
   LINE = FMT('  subtotal ':LAST, 'L#20')
   FOR B = 1 TO 5 ; LINE := FMT(SUBT(B), 'R2,#10') ; NEXT B
   PRINT LINE
   PRINT
   BLOCK = ''
RETURN

COLUMN.TITLES:
   LINE = FMT('Cust Inv   Date', 'L#20')
   FOR B = 1 TO 5 ; LINE := FMT(LABELS<1,B>, 'R#10') ; NEXT B
   PRINT LINE
RETURN
END
