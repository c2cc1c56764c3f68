* FIELDS: element-wise FIELD
A = "a,b":@VM:"c,d,e":@VM:"":@FM:"f"
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELDS(A, ",", 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELDS(A, ",", 1, 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELDS(A, ",":@VM:"d", 1))
CRT "done"
