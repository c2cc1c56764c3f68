* Bank reconciliation: bank statement lines matched to ledger entries by amount and
* date window, then by payee using SOUNDEX and MATCHES patterns; references cleaned
* with OCONV MCA/MCN, CONVERT and TRIM; unmatched items listed with FMT and the
* reconciled balance checked with SUM over multivalued amounts.
BANK = '03/01/2024|ACME TOOLS LTD REF 4471|-125.40':@FM:'03/02/2024|SALARY J SMYTHE|-2100.00'
BANK<-1> = '03/04/2024|CHQ 100234|-60.00':@FM:'03/05/2024|INT PAID|3.17':@FM:'03/07/2024|DD BRITISH GAS|-88.10'
BANK<-1> = '03/09/2024|FPI ROBERTS & CO INV881|940.00'
LEDGER = '02/29/2024|Acme Tools|-125.40|L1':@FM:'03/02/2024|J Smith salary|-2100.00|L2'
LEDGER<-1> = '03/03/2024|Cheque 100234 Brown|-60.00|L3':@FM:'03/06/2024|British Gas|-88.01|L4'
LEDGER<-1> = '03/08/2024|Robertson Co|940.00|L5':@FM:'03/09/2024|Petty cash|-20.00|L6'
USED = ''
MATCHED = '' ; UNM = ''
FOR B = 1 TO DCOUNT(BANK, @FM)
   BD = ICONV(FIELD(BANK<B>, '|', 1), 'D') ; BTXT = FIELD(BANK<B>, '|', 2) ; BAMT = FIELD(BANK<B>, '|', 3)
   WORDS = TRIM(CONVERT('0123456789&', SPACE(11), UPCASE(BTXT)))
   FOUND = 0 ; HOW = ''
   FOR L = 1 TO DCOUNT(LEDGER, @FM)
      IF INDEX(USED, '[':L:']', 1) THEN CONTINUE
      LD = ICONV(FIELD(LEDGER<L>, '|', 1), 'D') ; LTXT = FIELD(LEDGER<L>, '|', 2) ; LAMT = FIELD(LEDGER<L>, '|', 3)
      IF LAMT # BAMT THEN CONTINUE
      IF ABS(LD - BD) > 3 THEN CONTINUE
      BREF = OCONV(BTXT, 'MCN') ; LREF = OCONV(LTXT, 'MCN')
      IF BREF # '' AND BREF = LREF THEN FOUND = L ; HOW = 'ref ':BREF ; EXIT
      LW = UPCASE(FIELD(TRIM(LTXT), ' ', 1))
      IF SOUNDEX(LW) = SOUNDEX(FIELD(WORDS, ' ', 1)) THEN FOUND = L ; HOW = 'name ':SOUNDEX(LW) ; EXIT
      IF BTXT MATCHES "'SALARY '0X" AND INDEX(UPCASE(LTXT), 'SALARY', 1) THEN FOUND = L ; HOW = 'salary' ; EXIT
      N2 = DCOUNT(WORDS, ' ')
      FOR W = 1 TO N2
         IF SOUNDEX(FIELD(WORDS, ' ', W)) = SOUNDEX(LW) THEN FOUND = L ; HOW = 'word ':W
      WHILE NOT(FOUND)
      NEXT W
      IF FOUND THEN EXIT
   NEXT L
   IF FOUND THEN
      USED := '[':FOUND:']'
      MATCHED<1, -1> = B ; MATCHED<2, -1> = FIELD(LEDGER<FOUND>, '|', 4) ; MATCHED<3, -1> = BAMT
      PRINT 'bank ':B:' ':FMT(BTXT, 'L#26'):' = ':FIELD(LEDGER<FOUND>, '|', 4):' by ':HOW
   END ELSE
      UNM<1, -1> = B
      PRINT 'bank ':B:' ':FMT(BTXT, 'L#26'):' unmatched (':WORDS:')'
   END
NEXT B
PRINT 'matched total ':FMT(SUM(MATCHED<3>), 'R2,#10'):' in ':DCOUNT(MATCHED<1>, @VM):' items'
PRINT 'ledger items not on statement:'
FOR L = 1 TO DCOUNT(LEDGER, @FM)
   IF NOT(INDEX(USED, '[':L:']', 1)) THEN PRINT '  ':FIELD(LEDGER<L>, '|', 4):' ':FMT(FIELD(LEDGER<L>, '|', 2), 'L#22'):FMT(FIELD(LEDGER<L>, '|', 3), 'R2#10')
NEXT L
PRINT 'patterns: ':('CHQ 100234' MATCHES "'CHQ '6N"):('CHQ 10023' MATCHES "'CHQ '6N"):('INV881' MATCHES "3A3N"):('inv881' MATCHES "3A0N"):('A-1' MATCHES "1A'-'1N":@VM:"2N")
PRINT 'done'
