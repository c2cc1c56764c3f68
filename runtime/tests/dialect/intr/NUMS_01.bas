* NUMS element-wise NUM
CRT CONVERT(@FM:@VM:@SM, "^]\", NUMS(1:@VM:"a":@VM:"":@FM:"1.5":@SM:"x"))
CRT CONVERT(@FM:@VM:@SM, "^]\", NUMS(""))
CRT "done"
