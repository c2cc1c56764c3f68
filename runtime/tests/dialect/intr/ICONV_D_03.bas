* ICONV dates: invalid, empty and odd inputs
INS = "":@FM:"abc":@FM:"13/13/2020":@FM:"2/30/2020":@FM:"0/0/0":@FM:"1/32/2020":@FM:"00/01/2020":@FM:"2020":@FM:"  1/2/2020  ":@FM:"1//2020":@FM:"99999"
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, "D")
   CRT "[" : INS<I> : "] -> [" : X : "] " : STATUS()
NEXT I
CRT "done"
