* ICONV dates: numeric spellings under D (US month/day order)
INS = "01/02/2020":@FM:"1/2/20":@FM:"12/31/1967":@FM:"1/1/68":@FM:"02-29-2020":@FM:"2.3.2021":@FM:"010220":@FM:"01022020":@FM:"12/31/99":@FM:"1/1/30":@FM:"1/1/29":@FM:"1/1/2100"
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, "D")
   CRT INS<I> : " -> [" : X : "] " : STATUS()
NEXT I
CRT "done"
