* OCONV MR/MD with negative numbers and each sign option
VALS = -1:@FM:-1234567:@FM:-0.5:@FM:-100
CODES = "MR2":@FM:"MR2,":@FM:"MR2-":@FM:"MR2,-":@FM:"MR2C":@FM:"MR2D":@FM:"MR2E":@FM:"MR2,$-":@FM:"MR0,E":@FM:"ML2-":@FM:"MR2#12-":@FM:"MR2,*14"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L
NEXT I
CRT "done"
