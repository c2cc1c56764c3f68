* SUMMATION with a non-numeric element (last act if fatal)
CRT SUMMATION(1:@VM:2)
CRT SUMMATION(1:@VM:"x":@VM:2)
CRT "done"
