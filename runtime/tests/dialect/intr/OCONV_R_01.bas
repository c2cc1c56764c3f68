* OCONV R: numeric range checks
VALS = 5:@FM:0:@FM:10:@FM:11:@FM:-3:@FM:"":@FM:"abc":@FM:25:@FM:5.5
CODES = "R1,10":@FM:"R0,10;20,30":@FM:"R-5,-1":@FM:"R10,1"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "done"
