* SUBSTRINGS(dyn, start, length) element-wise substring
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTRINGS("abcdef":@VM:"xyz":@FM:"12345", 2, 3))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTRINGS("abcdef":@VM:"xy", 0, 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTRINGS("abcdef":@VM:"xy", 5, 10))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTRINGS("abcdef", -1, 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTRINGS("abcdef", 2, -1))
CRT "[" : SUBSTRINGS("", 1, 1) : "]"
CRT "done"
