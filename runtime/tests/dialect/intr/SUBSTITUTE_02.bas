* SUBSTITUTE with uneven old/new lists and sub-value data
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a":@VM:"b":@VM:"c", "a":@VM:"b":@VM:"c", "1":@VM:"2"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a":@SM:"b", "b", "B"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("ab":@VM:"a", "a", "X"))
CRT "done"
