* Order totals: money held in pence, ICONV/OCONV MD2, FMT masks, tax rounding
* written as a sales clerk's end-of-day program would be
EQUATE TAX.RATE TO 17.5
EQU LINE.WIDTH TO 44
$DEFINE CURRENCY "GBP"

ORDERS = ''
ORDERS<1> = 'A100':@VM:'Widget, large':@VM:'3':@VM:'12.50'
ORDERS<2> = 'B220':@VM:'Bracket':@VM:'10':@VM:'0.99'
ORDERS<3> = 'C007':@VM:'Gasket set':@VM:'1':@VM:'149.95'
ORDERS<4> = 'D9':@VM:'Cable tie (100)':@VM:'25':@VM:'2.3'
ORDERS<5> = 'E1':@VM:'Discount':@VM:'1':@VM:'-15.00'

GOSUB PRINT.HEADER
NET = 0 ; COUNT = 0
NUM.LINES = DCOUNT(ORDERS, @FM)
FOR I = 1 TO NUM.LINES
   CODE = ORDERS<I,1>
   DESC = ORDERS<I,2>
   QTY = ORDERS<I,3>
   PRICE = ICONV(ORDERS<I,4>, 'MD2')      ;* pence
   EXT = QTY * PRICE
   NET += EXT
   COUNT += 1
   PRINT FMT(CODE,'L#6'):FMT(DESC,'L#16'):FMT(QTY,'R#4'):FMT(OCONV(PRICE,'MD2'),'R#8'):FMT(OCONV(EXT,'MD2,'),'R#10')
NEXT I
PRINT STR('-', LINE.WIDTH)
TAX = OCONV(NET * TAX.RATE / 100, 'MR0')   ;* rounded to whole pence
GROSS = NET + TAX
PRINT FMT('Net',"L#34"):FMT(OCONV(NET,"MD2,"),"R#10")
PRINT FMT('VAT @ ':TAX.RATE:'%',"L#34"):FMT(OCONV(TAX,"MD2,"),"R#10")
PRINT FMT('Total ':CURRENCY,"L#34"):FMT(OCONV(GROSS,"MD2,$"),"R#10")
PRINT
PRINT 'Lines: ':COUNT:'  average line: ':OCONV(NET/COUNT, 'MD2')
PRINT 'Raw tax before rounding: ':NET * TAX.RATE / 100
PRINT 'Masked: ':FMT(GROSS, 'R2#12'):'|':FMT(GROSS/100, 'R2,#12'):'|'
PRINT 'Zero pad: ':FMT(COUNT, 'R%5'):' ':FMT(NET, "R%10")
PRINT 'Star fill: ':FMT(OCONV(GROSS,'MD2'), 'R*12')
* negative amounts in the different styles
CREDIT = -1234567
PRINT OCONV(CREDIT, 'MD2'):' ':OCONV(CREDIT, 'MD2,'):' ':OCONV(CREDIT,'MD2,C'):' ':OCONV(CREDIT, 'MD2,D')
PRINT OCONV(CREDIT, 'MD2-'):' ':OCONV(CREDIT, 'MD2<'):' ':OCONV(-CREDIT,'MD2,$')
PRINT 'done'
STOP

PRINT.HEADER:
   PRINT FMT('Code','L#6'):FMT('Description','L#16'):FMT('Qty','R#4'):FMT('Price','R#8'):FMT('Amount','R#10')
   PRINT STR('=', LINE.WIDTH)
RETURN
END
