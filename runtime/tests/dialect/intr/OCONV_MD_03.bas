* OCONV MR / ML / MD with masks and fill
CODES = "MR2":@FM:"ML2":@FM:"MR2#10":@FM:"ML2#10":@FM:"MR2*10":@FM:"MR2,$#15":@FM:"MD2#10":@FM:"MR0(###-###)":@FM:"ML2%10":@FM:"MR2,[10]"
VALS = 12345:@FM:-12345:@FM:"":@FM:7
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"
