* IFS(cond, then, else) element-wise
C = 1:@VM:0:@VM:1:@VM:""
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(C, "a":@VM:"b":@VM:"c":@VM:"d", "w":@VM:"x":@VM:"y":@VM:"z"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(C, "T", "F"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@FM:0, "a":@FM:"b", "c":@FM:"d"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS("", "x", "y"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@VM:1, "a", "b":@VM:"c":@VM:"d"))
CRT "done"
