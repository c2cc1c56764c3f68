* OCONV G: group extraction Gskip delim count
S = "a*b*c*d"
CODES = "G1*1":@FM:"G0*1":@FM:"G0*2":@FM:"G2*2":@FM:"G3*5":@FM:"G5*1":@FM:"G*1":@FM:"G1*0":@FM:"G1 1":@FM:"G0.1"
FOR I = 1 TO DCOUNT(CODES, @FM)
   CRT CODES<I> : " [" : OCONV(S, CODES<I>) : "] " : STATUS()
NEXT I
CRT "[" : OCONV("", "G0*1") : "] [" : OCONV("x y z", "G1 1") : "] [" : OCONV("1.2.3", "G1.2") : "]"
CRT "done"
