* ICONV of two-digit years around the year base (1930)
INS = "1/1/29":@FM:"1/1/30":@FM:"12/31/29":@FM:"6/15/00":@FM:"6/15/99":@FM:"6/15/1929":@FM:"6/15/2029":@FM:"1/1/1800":@FM:"1/1/9999":@FM:"1/1/0"
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, "D")
   CRT INS<I> : " -> " : X : " " : STATUS() : " " : OCONV(X, "D4/")
NEXT I
CRT "done"
