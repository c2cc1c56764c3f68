* DELETE(dynarray, f [, v [, s]]) function form
A = "a":@FM:"b1":@VM:"b2":@VM:"b3":@FM:"c1":@VM:"c2":@SM:"c3"
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 2, 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 3, 2, 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 3, 2, 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 5))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 2, 7))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 0))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, -1))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 3))
CRT "[" : DELETE("", 1) : "]"
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE("x", 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", DELETE(A, 2, 0))
CRT "done"
