* FMT numeric forms: decimals, commas, currency, sign, scaling
VALS = 1234.567:@FM:-1234.567:@FM:0:@FM:"":@FM:0.005:@FM:12345
CODES = "R2":@FM:"10R2":@FM:"R2,":@FM:"12R2,$":@FM:"R0":@FM:"R2-":@FM:"R2C":@FM:"R2D":@FM:"R2E":@FM:"R2Z":@FM:"R24":@FM:"L2":@FM:"R2$,":@FM:"MD2"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : FMT(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"
