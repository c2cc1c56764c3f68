* NOTS with empty elements and decimals
CRT CONVERT(@FM:@VM:@SM, "^]\", NOTS("":@VM:"0.0":@VM:0.5:@VM:-3))
CRT "done"
