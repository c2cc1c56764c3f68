* ICONV time spellings
INS = "12:30":@FM:"12:30:45":@FM:"1:05PM":@FM:"1:05 PM":@FM:"12AM":@FM:"12:00AM":@FM:"12PM":@FM:"00:00":@FM:"23:59:59":@FM:"24:00":@FM:"25:00":@FM:"12:60":@FM:"abc":@FM:"":@FM:"1230":@FM:"9":@FM:"9.30":@FM:"1:2:3":@FM:"13:00PM":@FM:"-1:00"
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, "MT")
   CRT "[" : INS<I> : "] -> [" : X : "] " : STATUS()
NEXT I
CRT "done"
