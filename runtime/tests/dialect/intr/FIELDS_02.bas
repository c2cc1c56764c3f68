* FIELDS with occurrence 0, past the end, and count
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELDS("a.b.c":@VM:"d.e", ".", 0))
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELDS("a.b.c":@VM:"d.e", ".", 3))
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELDS("a.b.c":@VM:"d.e", ".", 2, 5))
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELDS("", ".", 1))
CRT "done"
