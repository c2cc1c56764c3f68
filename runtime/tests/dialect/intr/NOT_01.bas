* NOT / NOTS
CRT NOT(0) : NOT(1) : NOT(5) : NOT("") : NOT("0") : NOT(-1) : NOT(0.0) : NOT("0.0")
CRT CONVERT(@FM:@VM:@SM, "^]\", NOTS(0:@VM:1:@VM:"":@FM:7))
CRT "done"
