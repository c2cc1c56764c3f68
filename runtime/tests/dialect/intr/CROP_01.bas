* CROP: remove redundant trailing marks
X = "a":@VM:@VM:@FM:"b":@SM:@SM:@VM:@FM:@FM
CRT CONVERT(@FM:@VM:@SM, "^]\", CROP(X))
CRT CONVERT(@FM:@VM:@SM, "^]\", CROP(@FM:@FM))
CRT CONVERT(@FM:@VM:@SM, "^]\", CROP("a":@VM:"":@VM:"b"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CROP(@FM:"a":@FM))
CRT "[" : CROP("") : "]"
CRT CONVERT(@FM:@VM:@SM, "^]\", CROP("x":@FM:@VM:@SM:@FM:"y"))
CRT "done"
