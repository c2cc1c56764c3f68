* OCONV MD: decimal scaling, rounding, sign
CODES = "MD0":@FM:"MD1":@FM:"MD2":@FM:"MD3":@FM:"MD20":@FM:"MD21":@FM:"MD22":@FM:"MD24":@FM:"MD02":@FM:"MD"
VALS = 1234567:@FM:-1234567:@FM:0:@FM:5:@FM:-5:@FM:1.5:@FM:12345.678:@FM:"":@FM:"0.005":@FM:"-0.5"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L
NEXT I
CRT "done"
