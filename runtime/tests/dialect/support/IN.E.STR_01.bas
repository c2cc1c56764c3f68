* STR / STRS
CRT STR("ab", 3) : "|" : STR("ab", 0) : "|[" : STR("ab", -1) : "]|" : STR("", 5) : "|" : STR(1, 4) : "|" : STR("x", 2.9)
CRT CONVERT(@FM:@VM:@SM, "^]\", STRS("a":@VM:"b":@FM:"c", 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", STR("a":@VM, 2))
* a multi-valued count is not numeric: fatal (run through IN.RUNERR)
CRT CONVERT(@FM:@VM:@SM, "^]\", STRS("a":@VM:"b", 2:@VM:3))
