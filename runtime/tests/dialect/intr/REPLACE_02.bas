* REPLACE with a value beyond the end pads with marks; sub-value replacement in an empty field
A = "a"
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 1, 3; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(A, 3, 2, 2; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE("", 1; "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE("a":@FM:"b", 2; @VM))
CRT "done"
