* SUBSTITUTE(dyn, old, new [, delim])
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a":@VM:"b":@VM:"c", "a":@VM:"b", "A":@VM:"B"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a,b,c", "a,c", "X,Z", ","))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a":@FM:"b":@VM:"a", "a", "Q"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("", "a", "b"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a":@VM:"a", "a":@VM:"a", "1":@VM:"2"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("ab":@VM:"b", "b", "X"))
CRT "done"
