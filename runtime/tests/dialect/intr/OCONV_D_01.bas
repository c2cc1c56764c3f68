* OCONV date codes: default forms on a range of day numbers
CODES = "D":@FM:"D2":@FM:"D4":@FM:"D0":@FM:"D1":@FM:"D3"
VALS = 0:@FM:1:@FM:-1:@FM:366:@FM:10000:@FM:18000:@FM:20000:@FM:-10000:@FM:99999:@FM:2932897
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " " : OCONV(VALS<J>, CODES<I>)
   NEXT J
   CRT L
NEXT I
CRT "done"
