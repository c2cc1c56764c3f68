* FMT justification: L R C with widths, truncation/wrapping of long values
VALS = "abc":@FM:"":@FM:"abcdefghijkl":@FM:"12345":@FM:"-1.5"
CODES = "6L":@FM:"6R":@FM:"6C":@FM:"7C":@FM:"0L":@FM:"1R":@FM:"L":@FM:"R"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : CONVERT(@TM:@VM:@FM, "~]^", FMT(VALS<J>, CODES<I>)) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"
