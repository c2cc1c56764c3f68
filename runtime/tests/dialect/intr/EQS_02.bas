* EQS family with mismatched lengths and mark levels
CRT CONVERT(@FM:@VM:@SM, "^]\", EQS(1:@VM:2:@VM:3, 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", EQS(1, 1:@VM:2:@VM:""))
CRT CONVERT(@FM:@VM:@SM, "^]\", EQS("":@VM:"", "":@VM:"":@VM:""))
CRT CONVERT(@FM:@VM:@SM, "^]\", EQS(1:@FM:2, 1:@VM:2))
CRT CONVERT(@FM:@VM:@SM, "^]\", LTS("":@VM:0, 0:@VM:""))
CRT CONVERT(@FM:@VM:@SM, "^]\", GTS("b":@SM:"a", "a":@SM:"b"))
CRT CONVERT(@FM:@VM:@SM, "^]\", EQS("1.0":@VM:"01", 1:@VM:1))
CRT CONVERT(@FM:@VM:@SM, "^]\", NES("", ""))
CRT "done"
