* DQUOTE / QUOTE / SQUOTE
CRT DQUOTE("abc") : "|" : QUOTE("abc") : "|" : SQUOTE("abc")
CRT DQUOTE("") : "|" : SQUOTE("") : "|" : DQUOTE(12) : "|" : DQUOTE('a"b')
CRT CONVERT(@FM:@VM:@SM, "^]\", DQUOTE("a":@FM:"b"))
CRT SQUOTE("it's")
CRT "done"
