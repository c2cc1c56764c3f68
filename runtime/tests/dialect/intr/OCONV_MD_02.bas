* OCONV MD: commas, currency, credit/debit, minus placement
CODES = "MD2,":@FM:"MD2$":@FM:"MD2,$":@FM:"MD2-":@FM:"MD2C":@FM:"MD2D":@FM:"MD2E":@FM:"MD2M":@FM:"MD2N":@FM:"MD2Z":@FM:"MD2,C$":@FM:"MD0,":@FM:"MD2P":@FM:"MD2T"
VALS = 123456789:@FM:-123456789:@FM:0:@FM:-5:@FM:100
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"
