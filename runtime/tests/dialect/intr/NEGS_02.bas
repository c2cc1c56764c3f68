* NEGS on fields with trailing marks
CRT CONVERT(@FM:@VM:@SM, "^]\", NEGS(1:@FM:@FM:2:@VM))
CRT "done"
