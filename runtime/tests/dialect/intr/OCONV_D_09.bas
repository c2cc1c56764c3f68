* OCONV D with an ISO year (YI): the year's digits and the ISO week
CODES = "DYI":@FM:"D2YI":@FM:"D4YI":@FM:"DYIWI":@FM:"D2WIYI":@FM:"DYI[Z]":@FM:"DDMYI":@FM:"D-YIWI"
VALS = 20000:@FM:0:@FM:1:@FM:19725:@FM:19358:@FM:-400
FOR J = 1 TO DCOUNT(VALS, @FM)
   FOR I = 1 TO DCOUNT(CODES, @FM)
      CRT VALS<J> : " " : CODES<I> : " [" : OCONV(VALS<J>, CODES<I>) : "] " : STATUS()
   NEXT I
NEXT J
CRT "done"
