* EXTRACT(dynarray, f [, v [, s]]) with defaults and out of range
A = "a":@FM:"b1":@VM:"b2":@SM:"b2s":@FM:"c"
CRT CONVERT(@FM:@VM:@SM, "^]\", EXTRACT(A, 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", EXTRACT(A, 2, 2))
CRT EXTRACT(A, 2, 2, 2) : "|" : EXTRACT(A, 2, 1, 1) : "|" : EXTRACT(A, 1, 1, 1)
CRT "[" : EXTRACT(A, 4) : "][" : EXTRACT(A, 2, 5) : "][" : EXTRACT(A, 2, 2, 9) : "]"
CRT CONVERT(@FM:@VM:@SM, "^]\", EXTRACT(A, 0))
CRT CONVERT(@FM:@VM:@SM, "^]\", EXTRACT(A, -1))
CRT CONVERT(@FM:@VM:@SM, "^]\", EXTRACT(A, 2, 0))
CRT CONVERT(@FM:@VM:@SM, "^]\", EXTRACT(A, 2, -1))
CRT "[" : EXTRACT("", 1) : "]" : EXTRACT("x", 1, 1, 1)
CRT "done"
