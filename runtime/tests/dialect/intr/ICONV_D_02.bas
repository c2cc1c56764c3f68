* ICONV dates: month names and ISO-like forms
INS = "1 JAN 2020":@FM:"01 JAN 20":@FM:"JAN 1 2020":@FM:"1JAN2020":@FM:"1-JAN-2020":@FM:"January 5, 2020":@FM:"5 jan 2020":@FM:"2020-01-02":@FM:"2020/01/02":@FM:"1 FOO 2020":@FM:"31 DEC 1967":@FM:"29 FEB 2021"
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, "D")
   CRT INS<I> : " -> [" : X : "] " : STATUS()
NEXT I
CRT "done"
