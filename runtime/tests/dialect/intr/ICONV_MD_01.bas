* ICONV MD: text to scaled integers
INS = "12.34":@FM:"1,234.56":@FM:"$12.00":@FM:"-5":@FM:"5-":@FM:"(5)":@FM:"12CR":@FM:"12DB":@FM:"abc":@FM:"":@FM:"1.235":@FM:"1.234":@FM:".5":@FM:"+7":@FM:" 3 ":@FM:"1,2,3"
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, "MD2")
   CRT "[" : INS<I> : "] -> [" : X : "] " : STATUS()
NEXT I
CRT "MD0: " : ICONV("12.5", "MD0") : " " : ICONV("12.4", "MD0") : " MD3: " : ICONV("1.5", "MD3") : " MR2: " : ICONV("9.99", "MR2")
CRT "done"
