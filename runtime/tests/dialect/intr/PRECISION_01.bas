* PRECISION 0 to 9 on the same values
V = 2/3 : @FM : 1/7 : @FM : 2.5 : @FM : -2.5 : @FM : 1234.56789012345 : @FM : 0.0000123456
FOR P = 0 TO 9
   PRECISION P
   L = P : ":"
   FOR J = 1 TO 6
      L := " " : (V<J> * 1)
   NEXT J
   CRT L
NEXT P
CRT "done"
