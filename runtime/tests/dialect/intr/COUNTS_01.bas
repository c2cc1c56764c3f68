* COUNTS: element-wise COUNT
CRT CONVERT(@FM:@VM:@SM, "^]\", COUNTS("banana":@VM:"apple":@VM:"":@FM:"aaa", "a"))
CRT CONVERT(@FM:@VM:@SM, "^]\", COUNTS("aa":@SM:"a", "a"))
CRT CONVERT(@FM:@VM:@SM, "^]\", COUNTS("", "a"))
CRT CONVERT(@FM:@VM:@SM, "^]\", COUNTS("ab":@VM:"ab", ""))
CRT "done"
