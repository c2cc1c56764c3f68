* Keyboard order entry driven by stacked DATA (as a batch job would feed it): INPUT
* with and without prompts, INPUT with a maximum length, the colon form that stays on
* the line, PROMPT changes, validation loops with ICONV, and SYSTEM(10) to see
* whether more stacked input is waiting.
DATA 'ACME01', '3'
DATA 'WIDGET', '12', 'SPROCKET', 'x7', '7', 'GIZMO-DELUXE-EXTRA', '1'
DATA '03/15/2025', 'Y', 'rush please'
PROMPT '? '
INPUT CUST
PRINT 'customer [':CUST:'] more waiting: ':SYSTEM(10)
INPUT NLINES
ORDER = ''
FOR L = 1 TO NLINES
   PRINT 'item ':L:
   INPUT ITEM, 10
   LOOP
      PRINT 'qty':
      INPUT QTY
   UNTIL NUM(QTY) AND QTY # '' DO
      PRINT 'bad qty [':QTY:']'
   REPEAT
   ORDER<1, L> = ITEM
   ORDER<2, L> = QTY
NEXT L
PROMPT ''
PRINT 'deliver on':
INPUT DD
IDATE = ICONV(DD, 'D')
IF STATUS() THEN PRINT 'bad date' ELSE PRINT 'delivery ':OCONV(IDATE, 'D4-'):' a ':OCONV(IDATE, 'DWA')
PROMPT ':'
PRINT 'confirm (Y/N)':
INPUT YN, 1
PRINT 'note':
INPUT NOTE:
PRINT '<'
PRINT 'more waiting: ':SYSTEM(10)
PRINT 'order for ':CUST
FOR L = 1 TO DCOUNT(ORDER<1>, @VM)
   PRINT '  ':FMT(ORDER<1, L>, 'L#12'):FMT(ORDER<2, L>, 'R#4')
NEXT L
PRINT 'confirmed: ':(IF UPCASE(YN) = 'Y' THEN 'yes' ELSE 'no'):' note [':NOTE:']'
PRINT 'done'
