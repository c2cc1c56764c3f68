* ICONV dates with month names in several forms
INS = "FEB 29 2024":@FM:"29FEB24":@FM:"29 feb, 2024":@FM:"SEPT 1 2020":@FM:"1 SEP 2020":@FM:"MAR/03/2021":@FM:"3-MAR-21":@FM:"DEC 31":@FM:"31 DECEMBER 1999":@FM:"1 JANUARY"
FOR I = 1 TO DCOUNT(INS, @FM)
   X = ICONV(INS<I>, "D")
   IF I = 8 OR I = 10 THEN X = (X > 0)
   CRT INS<I> : " -> " : X : " " : STATUS()
NEXT I
CRT "done"
