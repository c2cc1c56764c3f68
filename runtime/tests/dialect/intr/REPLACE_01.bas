* REPLACE(dyn, f [, v [, s]]; new) and the five-argument form
A = "a":@FM:"b1":@VM:"b2":@FM:"c"
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 2, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 2, 2, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 2, 1, 0, "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 5; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, -1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 2, -1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 0; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE("", 2, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 2; ""))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 3, 0, 2; "X"))
CRT "done"
