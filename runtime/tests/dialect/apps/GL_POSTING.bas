* General-ledger posting: journal batches posted inside transactions (a batch that
* does not balance is rolled back), account balances updated with READU/WRITE and
* READV/WRITEV, record locks checked with RECORDLOCKED(), a lock released by RELEASE,
* ON ERROR and LOCKED clauses present as production code has them.
EXECUTE 'CREATE.FILE LEDGER' CAPTURING JUNK
EXECUTE 'CREATE.FILE JOURNAL' CAPTURING JUNK
OPEN 'LEDGER' TO LED.F ELSE STOP 'no LEDGER'
OPEN 'JOURNAL' TO JNL.F ELSE STOP 'no JOURNAL'
ACCTS = '1000|Cash|A^1200|Debtors|A^2000|Creditors|L^4000|Sales|I^5000|Purchases|E'
CONVERT '^|' TO @FM:@VM IN ACCTS
FOR I = 1 TO DCOUNT(ACCTS, @FM)
   WRITE ACCTS<I,2>:@FM:ACCTS<I,3>:@FM:0:@FM:0 ON LED.F, ACCTS<I,1>
NEXT I
BATCHES = ''
BATCHES<1> = '1000,D,50000;4000,C,50000'
BATCHES<2> = '1200,D,120000;4000,C,100000;2000,C,20000'
BATCHES<3> = '5000,D,30000;1000,C,29999'
BATCHES<4> = '5000,D,7500;2000,C,7500;9999,D,0'
BATCHES<5> = '1000,D,100000;1200,C,100000'
JNL.NO = 0
FOR B = 1 TO DCOUNT(BATCHES, @FM)
   LINES = CHANGE(BATCHES<B>, ';', @FM)
   DR = 0 ; CR = 0 ; PROBLEM = ''
   BEGIN TRANSACTION
      FOR L = 1 TO DCOUNT(LINES, @FM)
         ACCT = FIELD(LINES<L>, ',', 1) ; SIDE = FIELD(LINES<L>, ',', 2) ; AMT = FIELD(LINES<L>, ',', 3)
         READU REC FROM LED.F, ACCT ON ERROR
            PROBLEM = 'read error ':ACCT
         END LOCKED
            PROBLEM = 'locked ':ACCT
         END THEN
            IF SIDE = 'D' THEN REC<3> += AMT ; DR += AMT ELSE REC<4> += AMT ; CR += AMT
            WRITE REC ON LED.F, ACCT
         END ELSE
            PROBLEM = 'no account ':ACCT
            RELEASE LED.F, ACCT
         END
         IF PROBLEM # '' THEN EXIT
         JNL.NO += 1
         RECORDLOCKU JNL.F, JNL.NO
         WRITE B:@FM:ACCT:@FM:SIDE:@FM:AMT ON JNL.F, JNL.NO
      NEXT L
      IF PROBLEM = '' AND DR # CR THEN PROBLEM = 'out of balance by ':OCONV(DR - CR, 'MD2')
      * COMMIT and ROLLBACK continue after END TRANSACTION: report first
      IF PROBLEM = '' THEN
         PRINT 'batch ':B:' posting ':OCONV(DR, 'MD2,')
         COMMIT
         PRINT 'not reached'
      END ELSE
         PRINT 'batch ':B:' rolling back: ':PROBLEM
         ROLLBACK
      END
   END TRANSACTION
NEXT B
* journal entries that survived
EXECUTE 'SSELECT JOURNAL' CAPTURING JUNK
KEPT = ''
LOOP
   READNEXT JID ELSE EXIT
   READ J FROM JNL.F, JID THEN KEPT<-1> = J<1>:'/':J<2>
REPEAT
PRINT 'journal: ':CONVERT(@FM, ' ', KEPT)
* trial balance
TB.DR = 0 ; TB.CR = 0
PRINT FMT('Acct', 'L#6'):FMT('Name', 'L#12'):FMT('Debit', 'R#12'):FMT('Credit', 'R#12')
FOR I = 1 TO DCOUNT(ACCTS, @FM)
   ID = ACCTS<I,1>
   READ REC FROM LED.F, ID ELSE CONTINUE
   NET = REC<3> - REC<4>
   IF NET >= 0 THEN D = NET ; C = '' ELSE D = '' ; C = -NET
   TB.DR += D ; TB.CR += C
   PRINT FMT(ID, 'L#6'):FMT(REC<1>, 'L#12'):FMT(OCONV(D, 'MD2,'), 'R#12'):FMT(OCONV(C, 'MD2,'), 'R#12')
NEXT I
PRINT FMT('Totals', 'L#18'):FMT(OCONV(TB.DR, 'MD2,'), 'R#12'):FMT(OCONV(TB.CR, 'MD2,'), 'R#12')
* field-level access and locks
READV NAME FROM LED.F, '4000', 1 THEN PRINT 'account 4000 is ':NAME
READVU BAL FROM LED.F, '1000', 3 THEN
   PRINT 'cash debits ':OCONV(BAL, 'MD2,'):' locked by me: ':(RECORDLOCKED(LED.F, '1000') > 0)
   WRITEV BAL + 1 ON LED.F, '1000', 3
END
PRINT 'after writev: ':RECORDLOCKED(LED.F, '1000')
READU REC FROM LED.F, '1200' THEN PRINT 'holding 1200: ':(RECORDLOCKED(LED.F, '1200') > 0)
RELEASE LED.F, '1200'
PRINT 'released: ':RECORDLOCKED(LED.F, '1200')
RECORDLOCKU LED.F, '2000'
PRINT 'recordlocku: ':(RECORDLOCKED(LED.F, '2000') > 0)
RELEASE
PRINT 'all released: ':RECORDLOCKED(LED.F, '2000')
READV TYPE FROM LED.F, '9999', 2 ELSE PRINT 'no account 9999 (status ':STATUS():')'
PRINT 'done'
END
