* FMT rounding of half-way cases with R2 and R0
VALS = 0.125:@FM:0.135:@FM:2.5:@FM:3.5:@FM:-2.5:@FM:1.005:@FM:1.115:@FM:-0.005:@FM:0.045
FOR J = 1 TO DCOUNT(VALS, @FM)
   CRT VALS<J> : " R2=[" : FMT(VALS<J>, "R2") : "] R0=[" : FMT(VALS<J>, "R0") : "] R1=[" : FMT(VALS<J>, "R1") : "]"
NEXT J
CRT "done"
