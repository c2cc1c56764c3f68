* INSERT(dynarray, f [, v [, s]]; new) and the five-argument form
A = "a":@FM:"b":@FM:"c"
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 2, 1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 2, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 2, 1, 1, "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 2, 1, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 5; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, -1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 0; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT("", 1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT("", 3; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 1; "X":@VM:"Y"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 2, -1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 2, 3, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 4; ""))
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(A, 3; ""))
CRT "done"
