* FMT with negative numbers in masks and with sign codes
VALS = -12.5:@FM:-1234567.891:@FM:-0.004
CODES = "10R2":@FM:"10L2":@FM:"R2,-":@FM:"12R2,C":@FM:"R2E":@FM:"R#10":@FM:"R2#10":@FM:"L(###)":@FM:"R0"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : CONVERT(@TM, "~", FMT(VALS<J>, CODES<I>)) : "]"
   NEXT J
   CRT L
NEXT I
CRT "done"
