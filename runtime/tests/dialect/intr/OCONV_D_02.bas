* OCONV date codes with separators
CODES = "D/":@FM:"D-":@FM:"D.":@FM:"D ":@FM:"D2/":@FM:"D2-":@FM:"D4/":@FM:"D4-":@FM:"D2.":@FM:"D*":@FM:"D4,":@FM:"D2:"
V = 20000
FOR I = 1 TO DCOUNT(CODES, @FM)
   CRT CODES<I> : " [" : OCONV(V, CODES<I>) : "] [" : OCONV(1, CODES<I>) : "] " : STATUS()
NEXT I
CRT "done"
