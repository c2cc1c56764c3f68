* ANDS: element-wise logical AND
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(1:@VM:0:@VM:1:@VM:0, 1:@VM:1:@VM:0:@VM:0))
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(1:@VM:1:@VM:1, 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(1, 1:@VM:1:@VM:1))
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(5:@VM:"":@VM:-1, 2:@VM:3:@VM:"x"))
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(1:@FM:1:@SM:1, 1:@FM:1))
CRT "[" : ANDS("", "") : "]"
CRT "done"
