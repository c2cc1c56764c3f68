* ICONV MCD (hexadecimal to decimal), MCX (decimal to hexadecimal) and MX/MO/MB radix codes
DEC = "255":@FM:"0":@FM:"":@FM:"10":@FM:"4096":@FM:"007":@FM:"-1"
HEX = "FF":@FM:"ff":@FM:"0":@FM:"":@FM:"A":@VM:"1F":@FM:"zz":@FM:"10"
CODES = "MCD":@FM:"MCDX":@FM:"MX":@FM:"MO":@FM:"MB"
FOR C = 1 TO DCOUNT(CODES, @FM)
   GOSUB SHOW.HEX
NEXT C
CODES = "MCX":@FM:"MCXD"
FOR C = 1 TO DCOUNT(CODES, @FM)
   LINE = CODES<C>:":"
   FOR I = 1 TO DCOUNT(DEC, @FM)
      X = ICONV(DEC<I>, CODES<C>)
      S = STATUS()
      CONVERT @FM:@VM:@SM TO "^]\" IN X
      LINE := " [":X:"]":S
   NEXT I
   PRINT LINE
NEXT C
PRINT "done"
STOP
SHOW.HEX:
   LINE = CODES<C>:":"
   FOR I = 1 TO DCOUNT(HEX, @FM)
      X = ICONV(HEX<I>, CODES<C>)
      S = STATUS()
      CONVERT @FM:@VM:@SM TO "^]\" IN X
      LINE := " [":X:"]":S
   NEXT I
   PRINT LINE
   RETURN
