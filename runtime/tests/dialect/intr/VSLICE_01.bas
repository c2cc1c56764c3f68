* VSLICE(dyn, value position)
A = "a1":@VM:"a2":@FM:"b1":@FM:"c1":@VM:"c2":@VM:"c3"
CRT CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, 3))
CRT CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, 9))
CRT CONVERT(@FM:@VM:@SM, "^]\", VSLICE(A, 0))
CRT "[" : VSLICE("", 1) : "]"
CRT "done"
