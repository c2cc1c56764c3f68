* SUM reduces the lowest mark level by one; SUMMATION adds everything
A = 1:@VM:2:@VM:3:@FM:4:@VM:5
CRT CONVERT(@FM:@VM:@SM, "^]\", SUM(A)) : "|" : SUMMATION(A)
B = 1:@SM:2:@VM:3:@FM:4
CRT CONVERT(@FM:@VM:@SM, "^]\", SUM(B)) : "|" : SUMMATION(B)
CRT SUM(5) : "|" : SUM("") : "|" : SUMMATION("") : "|" : SUM(1:@FM:2:@FM:3)
CRT SUM(1.5:@VM:2.25) : "|" : SUMMATION("":@VM:"":@VM:1) : "|" : SUM(0.1:@VM:0.2)
CRT "done"
