* EQS family on sub-value lists and with REUSE on either side
CRT CONVERT(@FM:@VM:@SM, "^]\", EQS("a":@SM:"b":@SM:"c", "a":@SM:"x":@SM:"c"))
CRT CONVERT(@FM:@VM:@SM, "^]\", NES(REUSE("a"), "a":@VM:"b":@VM:"a"))
CRT CONVERT(@FM:@VM:@SM, "^]\", GES("1":@FM:"2":@FM:"3", REUSE(2)))
CRT CONVERT(@FM:@VM:@SM, "^]\", LTS("a":@VM:"b", "b":@VM:"a":@VM:"c"))
CRT CONVERT(@FM:@VM:@SM, "^]\", LES(1.5:@VM:"1.50", "1.5":@VM:1.5))
CRT "done"
