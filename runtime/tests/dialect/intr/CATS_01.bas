* CATS: element-wise concatenation, mismatched lengths and mark levels
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@VM:"b":@VM:"c", "1":@VM:"2":@VM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@VM:"b":@VM:"c", "1"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a", "1":@VM:"2":@VM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@FM:"b", "1":@VM:"2":@FM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@SM:"b":@VM:"c", "1":@VM:"2":@SM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("", ""))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("":@VM:"", "x":@VM:"y":@VM:"z"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS(1:@FM:2, 3))
CRT "done"
