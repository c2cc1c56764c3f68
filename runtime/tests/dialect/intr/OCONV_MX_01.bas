* OCONV MX / MO / MB: number base conversions
VALS = 0:@FM:255:@FM:256:@FM:-1:@FM:2147483647:@FM:""
CODES = "MX":@FM:"MO":@FM:"MB":@FM:"MX0C":@FM:"MXC"
FOR I = 1 TO DCOUNT(CODES, @FM)
   L = CODES<I> : ":"
   FOR J = 1 TO DCOUNT(VALS, @FM)
      L := " [" : OCONV(VALS<J>, CODES<I>) : "]"
   NEXT J
   CRT L : " " : STATUS()
NEXT I
CRT "MX0C text [" : OCONV("Hi!", "MX0C") : "]"
F = 12.7
CRT "float [" : OCONV(F, "MX") : "] [" : OCONV(F, "MO") : "] [" : OCONV(F, "MB") : "] [" : OCONV(F, "MXC") : "] " : STATUS()
CRT "done"
