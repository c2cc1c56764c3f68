* ICONV with MTH / MTS / MT. codes and AM/PM spellings
INS = "1:00AM":@FM:"1:00pm":@FM:"1:00 P":@FM:"11:59:59PM":@FM:"12:00:01AM":@FM:"0:30":@FM:"7.45":@FM:"7-45":@FM:"07:45:":@FM:" 7:45"
CODES = "MT":@FM:"MTH":@FM:"MTS":@FM:"MT."
FOR I = 1 TO DCOUNT(INS, @FM)
   L = "[" : INS<I> : "]"
   FOR J = 1 TO DCOUNT(CODES, @FM)
      L := " " : CODES<J> : "=" : ICONV(INS<I>, CODES<J>) : "/" : STATUS()
   NEXT J
   CRT L
NEXT I
CRT "done"
