* STRS with zero and negative counts
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", STRS("ab":@VM:"c":@SM:"d", 0)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", STRS("ab":@VM:"c", -1)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", STRS("", 3)) : "]"
CRT "done"
