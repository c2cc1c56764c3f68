* Stock valuation with FIFO lots: lots as subvalues of quantity and cost, sales consume lots in order
* SUPPORT: AP.FIFO
LOTS = ''
TXN = 'IN,100,2.50':@FM:'IN,50,2.80':@FM:'OUT,30':@FM:'IN,20,3.10':@FM:'OUT,100':@FM:'OUT,100':@FM:'IN,10,abc'
COGS.TOTAL = 0
FOR T = 1 TO DCOUNT(TXN, @FM)
   KIND = FIELD(TXN<T>, ',', 1)
   QTY = FIELD(TXN<T>, ',', 2)
   BEGIN CASE
      CASE KIND = 'IN'
         COST = FIELD(TXN<T>, ',', 3)
         IF NOT(NUM(COST)) THEN
            PRINT 'txn ':T:': bad cost ':COST
            CONTINUE
         END
         LOTS<1,-1> = QTY
         LOTS<2,-1> = ICONV(COST, 'MD2')
         PRINT 'txn ':T:': received ':QTY:' @ ':COST
      CASE KIND = 'OUT'
         CALL AP.FIFO(LOTS, QTY, COGS, SHORT)
         COGS.TOTAL += COGS
         PRINT 'txn ':T:': issued ':QTY - SHORT:' cost ':OCONV(COGS, 'MD2'):(IF SHORT THEN ' (short ':SHORT:')' ELSE '')
   END CASE
   PRINT '   lots: ':CHANGE(LOTS<1>, @VM, ','):' costs: ':CHANGE(OCONVS(LOTS<2>, 'MD2'), @VM, ',')
NEXT T
ONHAND = 0 ; VALUE = 0
FOR L = 1 TO DCOUNT(LOTS<1>, @VM)
   ONHAND += LOTS<1,L>
   VALUE += LOTS<1,L> * LOTS<2,L>
NEXT L
PRINT 'On hand ':ONHAND:' valued ':OCONV(VALUE, 'MD2,$'):' cogs ':OCONV(COGS.TOTAL, 'MD2,$')
IF ONHAND THEN PRINT 'Average cost ':OCONV(VALUE / ONHAND, 'MD2') ELSE PRINT 'Average cost n/a'
PRINT 'done'
END
