* Constants from an include item; $IFDEF/$IFNDEF configuration; EQUATE of expressions and LIT
* SUPPORT: AP.CONST.H
$INCLUDE AP.CONST.H
$DEFINE VERBOSE
$IFDEF VERBOSE
PRINT 'verbose build, version ':APP.VERSION
$ELSE
PRINT 'quiet build'
$ENDIF
$IFNDEF NO.SUCH.SYMBOL
PRINT 'NO.SUCH.SYMBOL is not defined'
$ENDIF
EQUATE FIRST.FIELD TO REC<1>
EQU LAST.FIELD TO REC<4>
REC = 'alpha':@FM:'beta':@FM:'gamma'
PRINT 'first=':FIRST.FIELD:' last=':LAST.FIELD
REC<4> = 'delta'
PRINT 'last now ':LAST.FIELD
ORDER = ''
ORDER<OR.CUST> = 'C100'
ORDER<OR.DATE> = ICONV('2024-05-17', 'D4-YMD')
ORDER<OR.LINES, 1> = 'P1' ; ORDER<OR.QTY, 1> = 2
ORDER<OR.LINES, 2> = 'P2' ; ORDER<OR.QTY, 2> = 7
PRINT 'customer ':ORDER<OR.CUST>:' on ':OCONV(ORDER<OR.DATE>, 'D4/'):' lines ':DCOUNT(ORDER<OR.LINES>, @VM)
FOR L = 1 TO DCOUNT(ORDER<OR.LINES>, @VM)
   Q = ORDER<OR.QTY, L>
   IF Q > MAX.QTY THEN MSG = 'over limit' ELSE MSG = 'ok'
   PRINT '  ':ORDER<OR.LINES, L>:' x':Q:' ':MSG
NEXT L
PRINT 'status names: ':FIELD(STATUS.LIST, ',', ST.OPEN):'/':FIELD(STATUS.LIST, ',', ST.CLOSED)
PRINT 'tax: ':TAX.PCT:'% on 200 = ':200 * TAX.PCT / 100
PRINT 'value mark: ':SEQ(VALUE.MARK):' ':DCOUNT('a':VALUE.MARK:'b', VALUE.MARK)
PRINT 'done'
END
