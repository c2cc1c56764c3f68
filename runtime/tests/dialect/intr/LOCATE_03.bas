* LOCATE() with descending and right-justified orders and numbers stored as strings
A = "30":@FM:"20":@FM:"10"
CRT LOCATE("20", A, 1; "DR") : "|" : LOCATE(20, A, 1; "DR") : "|" : LOCATE("25", A, 1; "DR") : "|" : LOCATE("020", A, 1)
B = "c":@FM:"b":@FM:"a"
CRT LOCATE("b", B, 1; "DL") : "|" : LOCATE("B", B, 1; "DL") : "|" : LOCATE("", B, 1)
CRT "done"
