* OCONV L: length checks Ln and Lmin,max
VALS = "":@FM:"a":@FM:"abc":@FM:"abcd":@FM:"abcdefgh"
CODES = "L3":@FM:"L0":@FM:"L2,4":@FM:"L4,2":@FM:"L"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"
