* SUBSTRINGS over sub-values and with length 0
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTRINGS("abc":@SM:"defg":@FM:"hi", 2, 2))
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", SUBSTRINGS("abc":@VM:"de", 1, 0)) : "]"
CRT "done"
