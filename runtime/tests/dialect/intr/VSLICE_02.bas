* VSLICE with sub-values and empty fields
A = "a1":@SM:"a2":@VM:"b":@FM:@FM:"c1":@VM:"c2"
CRT CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, 2))
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, -1)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", VSLICE("x", 1)) : "]"
CRT "done"
