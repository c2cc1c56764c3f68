* OCONV MC: hex/decimal codes on numeric text, empty and multivalued input
CODES = "MCX":@FM:"MCD":@FM:"MCDX":@FM:"MCXD"
FOR I = 1 TO DCOUNT(CODES, @FM)
   CRT CODES<I> : " [" : OCONV("255", CODES<I>) : "] " : STATUS() : " [" : OCONV("16", CODES<I>) : "] " : STATUS()
NEXT I
CRT "MCX ff [" : OCONV("ff", "MCX") : "] " : STATUS() : " MCXD ff [" : OCONV("ff", "MCXD") : "] " : STATUS()
CRT "[" : OCONV("", "MCU") : "] " : STATUS()
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", OCONV("ab":@VM:"cd", "MCU")) : "]"
CRT "[" : OCONV("tHE qUICK bROWN", "MCT") : "] [" : OCONV("o'neil mc-donald", "MCT") : "]"
CRT "[" : OCONV("abc", "MCC;b;XY") : "] " : STATUS()
CRT "done"
