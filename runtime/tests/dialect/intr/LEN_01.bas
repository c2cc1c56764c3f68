* LEN / LENS
CRT LEN("abc") : "|" : LEN("") : "|" : LEN(12345) : "|" : LEN(-1.5) : "|" : LEN(1/4)
CRT LEN(@FM) : "|" : LEN("a":@FM:"b") : "|" : LEN(SPACE(100)) : "|" : LEN(2147483648)
CRT CONVERT(@FM:@VM:@SM, "^]\", LENS("a":@VM:"bb":@VM:"":@FM:"cccc":@SM:"d"))
CRT CONVERT(@FM:@VM:@SM, "^]\", LENS(""))
CRT LEN(0.1 + 0.2) : "|" : LEN(10/3)
CRT "done"
