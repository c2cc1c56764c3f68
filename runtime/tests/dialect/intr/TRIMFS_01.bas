* TRIMFS
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIMFS("  x ":@FM:" ":@VM:"y")) : "]"
CRT "done"
