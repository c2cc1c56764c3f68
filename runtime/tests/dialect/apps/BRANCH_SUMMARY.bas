* End-of-day branch summary printed on unit 3 while per-branch record lists are made
* with EXECUTE'd SELECT sentences: the unit is set up by the program itself with
* SETPU (so later EXECUTEs do not close it), HEADING ON/FOOTING ON with page numbers,
* a page per branch, totals; the hold record is read back at the end.
EXECUTE 'CREATE.FILE DAYTXN' CAPTURING JUNK
OPEN 'DAYTXN' TO DF ELSE STOP 'no DAYTXN'
OPEN 'DICT', 'DAYTXN' TO DD ELSE STOP 'no dict'
WRITE 'D':@FM:1:@FM:'':@FM:'Branch':@FM:'6L':@FM:'S' ON DD, 'BR'
WRITE 'D':@FM:2:@FM:'':@FM:'Amount':@FM:'10R':@FM:'S' ON DD, 'AMT'
TX = 'LDS|120.50':@FM:'YRK|80':@FM:'LDS|-20':@FM:'HUL|300.25':@FM:'YRK|19.99':@FM:'LDS|5'
FOR I = 1 TO DCOUNT(TX, @FM)
   WRITE FIELD(TX<I>, '|', 1):@FM:FIELD(TX<I>, '|', 2) ON DF, 'T':I
NEXT I
SETPU 1, 3, 3
SETPU 3, 3, 12
SETPU 2, 3, 40
HEADING ON 3 "Branch summary  page 'P'"
FOOTING ON 3 "'L'--- end of page 'P' ---"
BRANCHES = 'HUL':@FM:'LDS':@FM:'YRK'
GRAND = 0
FOR B = 1 TO 3
   IF B > 1 THEN PAGE ON 3
   EXECUTE 'SELECT DAYTXN WITH BR = "':BRANCHES<B>:'"' CAPTURING JUNK
   PRINT ON 3 'Branch ':BRANCHES<B>:' (':@SELECTED:' transactions)'
   TOT = 0
   LOOP
      READNEXT ID ELSE EXIT
      READ R FROM DF, ID ELSE CONTINUE
      TOT += R<2>
   REPEAT
   PRINT ON 3 '  total ':FMT(TOT, 'R2,#10')
   GRAND += TOT
NEXT B
PRINT ON 3 'All branches ':FMT(GRAND, 'R2,$#12')
PRINTER CLOSE ON 3
OPEN '$HOLD' TO H ELSE STOP 'no hold'
READ P FROM H, 'P3' ELSE STOP 'no P3'
P = CHANGE(P, CHAR(12), '<FF>')
CONVERT CHAR(13) TO '' IN P
FOR L = 1 TO DCOUNT(P, @FM)
   IF TRIM(P<L>) # '' THEN PRINT FMT(L, 'R#3'):'|':P<L>
NEXT L
PRINT 'done'
