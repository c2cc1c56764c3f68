* FMT fill characters: 10*R, 10'-'L, 10#R, 10 0R, 10%R
VALS = "abc":@FM:"12.5":@FM:""
CODES = "10*R":@FM:"10*L":@FM:"10'-'L":@FM:"10'.'C":@FM:"10 R":@FM:"10%R":@FM:"10ZR":@FM:"10_L":@FM:"10#R":@FM:"10 0R":@FM:"'x'10R"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : CONVERT(@TM, "~", FMT(VALS<J>, CODES<I>)) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"
