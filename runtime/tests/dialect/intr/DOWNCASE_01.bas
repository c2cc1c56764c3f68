* DOWNCASE / UPCASE: ASCII letters only, marks untouched
CRT DOWNCASE("Hello WORLD 123") : "|" : UPCASE("Hello world 123")
CRT "[" : DOWNCASE("") : "]" : UPCASE(12.5)
CRT CONVERT(@FM:@VM:@SM, "^]\", UPCASE("a":@FM:"b":@VM:"c"))
CRT SEQ(UPCASE(CHAR(233))) : "|" : SEQ(DOWNCASE(CHAR(201)))
CRT DOWNCASE("ÀB")
CRT "done"
