* SUMMATION with a non-numeric element (run through IN.RUNERR)
CRT SUMMATION(1:@VM:2)
CRT SUMMATION(1:@VM:"x":@VM:2)
