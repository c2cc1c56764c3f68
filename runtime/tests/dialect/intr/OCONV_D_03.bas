* OCONV date codes: E (European), I (international/ISO) and Y ordering
CODES = "DE":@FM:"D2E":@FM:"D4E/":@FM:"DE-":@FM:"DI":@FM:"D4I":@FM:"D2I":@FM:"DY":@FM:"D4Y":@FM:"D2Y-":@FM:"D4/E":@FM:"D-E"
V = 20000
FOR I = 1 TO DCOUNT(CODES, @FM)
   CRT CODES<I> : " [" : OCONV(V, CODES<I>) : "] " : STATUS()
NEXT I
CRT "done"
