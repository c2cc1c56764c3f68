* SOUNDEX / SOUNDEXS
CRT SOUNDEX("Robert") : "|" : SOUNDEX("Rupert") : "|" : SOUNDEX("Tymczak") : "|" : SOUNDEX("Pfister") : "|" : SOUNDEX("Ashcraft")
CRT "[" : SOUNDEX("") : "]|" : SOUNDEX("a") : "|" : SOUNDEX("123") : "|" : SOUNDEX("lee") : "|" : SOUNDEX("O'Hara")
CRT SOUNDEX("washington") : "|" : SOUNDEX("Jackson") : "|" : SOUNDEX("Lloyd") : "|" : SOUNDEX(" smith")
CRT CONVERT(@FM:@VM:@SM, "^]\", SOUNDEXS("Smith":@VM:"Smyth":@FM:"":@SM:"Lee"))
CRT "done"
