* A ledger in a dynamic array keyed by account; running balances; negative-number formats
PROGRAM LEDGER
ACCTS = '' ; BALS = ''
TXNS = '1001|D|150.00':@FM:'1002|D|75.25':@FM:'1001|W|200':@FM:'1003|D|1e3'
TXNS := @FM:'1002|W|75.25':@FM:'1001|X|5':@FM:'1003|W|0.005':@FM:'1004|D|-20'
FOR T = 1 TO DCOUNT(TXNS, @FM)
   REC = TXNS<T>
   ACCT = FIELD(REC,'|',1) ; KIND = FIELD(REC,'|',2) ; AMT = FIELD(REC,'|',3)
   IF NOT(NUM(AMT)) OR AMT < 0 THEN
      PRINT 'txn ':T:' rejected: amount ':AMT
      CONTINUE
   END
   LOCATE ACCT IN ACCTS<1> BY 'AR' SETTING POS ELSE
      ACCTS = INSERT(ACCTS, 1, POS, 0, ACCT)
      BALS = INSERT(BALS, 1, POS, 0, 0)
   END
   CENTS = ICONV(AMT, 'MD2')
   BEGIN CASE
      CASE KIND = 'D'
         BALS<1,POS> = BALS<1,POS> + CENTS
      CASE KIND = 'W'
         BALS<1,POS> = BALS<1,POS> - CENTS
      CASE 1
         PRINT 'txn ':T:' unknown kind ':KIND
   END CASE
NEXT T
PRINT FMT('Acct','L#6'):FMT('Balance','R#12'):FMT('MD2-','R#12'):FMT('MD2<','R#12'):FMT('MD2C','R#12')
FOR I = 1 TO DCOUNT(ACCTS<1>, @VM)
   B = BALS<1,I>
   PRINT FMT(ACCTS<1,I>,'L#6'):FMT(OCONV(B,'MD2,'),'R#12'):FMT(OCONV(B,'MD2-'),'R#12'):FMT(OCONV(B,'MD2<'),'R#12'):FMT(OCONV(B,'MD2C'),'R#12')
NEXT I
PRINT 'Sum: ':SUM(BALS):' ':OCONV(SUM(BALS),'MD2')
* MR and MD scaling variants
N = 1234567
PRINT OCONV(N,'MD0'):' ':OCONV(N,'MD1'):' ':OCONV(N,'MD3'):' ':OCONV(N,'MR2'):' ':OCONV(N,'MD23'):' ':OCONV(N,'ML2')
PRINT OCONV(N,'MD2,$'):' ':OCONV(N,'MR2,'):' ':OCONV(-N,'MD2,'):' ':OCONV(5,'MD2'):' ':OCONV(-5,'MD2')
PRINT OCONV('','MD2'):'|':OCONV('abc','MD2'):'|':OCONV('12.345','MD2'):'|':OCONV('-0.5','MD0')
PRINT ICONV('1,234.56','MD2'):' ':ICONV('-7.5','MD2'):' ':ICONV('12','MD2'):' ':ICONV('.5','MD2'):' ':ICONV('abc','MD2'):'|':STATUS()
PRINT 'done'
END
