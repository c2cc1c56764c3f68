* OCONV MD with a descaling digit and large values: rounding half-way
VALS = 5:@FM:15:@FM:25:@FM:-5:@FM:-15:@FM:149:@FM:150:@FM:151:@FM:999999999
CODES = "MD11":@FM:"MD01":@FM:"MD12":@FM:"MD02":@FM:"MD33"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L
NEXT I
CRT "done"
