* ABSS: element-wise ABS over all mark levels
A = -1 : @VM : 2 : @VM : -3.5 : @FM : "" : @FM : -4 : @SM : -5
R = ABSS(A)
CRT CONVERT(@FM:@VM:@SM, "^]\", R)
CRT "[" : ABSS("") : "]"
CRT ABSS(-7)
B = @VM : -1 : @VM
CRT CONVERT(@FM:@VM:@SM, "^]\", ABSS(B))
CRT CONVERT(@FM:@VM:@SM, "^]\", ABSS("-1":@FM:@FM:"-2"))
CRT "done"
