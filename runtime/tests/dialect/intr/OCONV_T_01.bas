* OCONV T: substring extraction Tstart,len and Tn
S = "abcdefghij"
CODES = "T3":@FM:"T1,3":@FM:"T4,2":@FM:"T9,5":@FM:"T11,2":@FM:"T0,2":@FM:"T20"
FOR I = 1 TO DCOUNT(CODES, @FM)
   CRT CODES<I> : " [" : OCONV(S, CODES<I>) : "] " : STATUS()
NEXT I
CRT "[" : OCONV("", "T1,3") : "]"
CRT "done"
