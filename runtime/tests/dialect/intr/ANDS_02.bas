* ANDS / ORS with sub-value marks and uneven lengths on both sides
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(1:@SM:1:@VM:1, 1:@VM:0:@SM:1))
CRT CONVERT(@FM:@VM:@SM, "^]\", ORS(0:@SM:0:@VM:1, 1:@VM:0:@SM:1))
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(1:@VM:1:@VM:1:@VM:1, 1:@VM:1))
CRT CONVERT(@FM:@VM:@SM, "^]\", ORS(0:@VM:0:@VM:0, "":@VM:"":@VM:1:@VM:1))
CRT CONVERT(@FM:@VM:@SM, "^]\", ANDS(REUSE(1), 1:@VM:0:@VM:1))
CRT "done"
