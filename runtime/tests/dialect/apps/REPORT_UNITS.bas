* Branch report printed on two print units at once: unit 1 (the detail listing) and
* unit 2 (the exceptions list), each with its own SETPTR page size, HEADING ON and
* FOOTING ON with 'P' page numbers and 'N', PAGE ON to restart numbering, and a
* PRINTER CLOSE; both hold entries read back and shown with page throws marked.
EXECUTE 'SETPTR 1,50,10,0,0,3,BRIEF' CAPTURING JUNK
EXECUTE 'SETPTR 2,40,8,0,0,3,BRIEF' CAPTURING JUNK
BRANCHES = 'Leeds':@VM:'York':@VM:'Hull'
STOCK = 'A1,12,5;A2,0,5;A3,40,10;A4,3,5'
STOCK<2> = 'B1,1,2;B2,100,20'
STOCK<3> = 'C1,0,1;C2,0,1;C3,9,3;C4,2,1;C5,7,2'
HEADING ON 1 "Stock by branch'C'page 'P'"
FOOTING ON 1 "'L'end of page 'PN'"
HEADING ON 2 "EXCEPTIONS 'PN''L'"
EXC = 0
FOR B = 1 TO 3
   IF B > 1 THEN PAGE ON 1
   PRINT ON 1 'Branch: ':BRANCHES<1, B>
   N = DCOUNT(STOCK<B>, ';')
   FOR I = 1 TO N
      ITEM = FIELD(STOCK<B>, ';', I)
      CODE = FIELD(ITEM, ',', 1) ; QTY = FIELD(ITEM, ',', 2) ; MIN = FIELD(ITEM, ',', 3)
      PRINT ON 1 '  ':FMT(CODE, 'L#5'):FMT(QTY, 'R#5'):FMT(MIN, 'R#5')
      IF QTY < MIN THEN
         EXC += 1
         PRINT ON 2 FMT(EXC, 'R#3'):' ':FMT(BRANCHES<1, B>, 'L#6'):CODE:' short by ':MIN - QTY
      END
   NEXT I
NEXT B
PRINT ON 2 'total exceptions ':EXC
PRINTER CLOSE ON 1
PRINTER CLOSE ON 2
OPEN '$HOLD' TO H ELSE STOP 'no hold'
FOR U = 1 TO 2
   READ P FROM H, 'P':U ELSE PRINT 'no P':U ; CONTINUE
   P = CHANGE(P, CHAR(12), '<FF>')
   CONVERT CHAR(13) TO '' IN P
   PRINT '== unit ':U:': ':DCOUNT(P, @FM):' lines, ':COUNT(P, '<FF>'):' throws'
   FOR L = 1 TO DCOUNT(P, @FM)
      IF TRIM(P<L>) # '' THEN PRINT FMT(L, 'R#3'):'|':P<L>
   NEXT L
NEXT U
PRINT 'done'
