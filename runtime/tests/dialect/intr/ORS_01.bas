* ORS element-wise OR
CRT CONVERT(@FM:@VM:@SM, "^]\", ORS(1:@VM:0:@VM:0:@VM:"", 0:@VM:1:@VM:0:@VM:""))
CRT CONVERT(@FM:@VM:@SM, "^]\", ORS(0:@VM:0, 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", ORS(0:@FM:1, 0:@VM:1))
CRT "[" : ORS("", "") : "]"
CRT "done"
