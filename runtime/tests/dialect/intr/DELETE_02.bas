* DELETE of the only field/value and beyond the end
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", DELETE("a", 1, 1)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", DELETE("a":@VM:"b", 1, 2)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", DELETE("a":@FM:"b", 2, 1, 1)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", DELETE("a":@FM:"b":@FM, 3)) : "]"
CRT "done"
