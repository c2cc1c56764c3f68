* INDEXS with occurrence beyond count and empty substring
CRT CONVERT(@FM:@VM:@SM, "^]\", INDEXS("aXa":@VM:"a", "a", 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", INDEXS("abc":@VM:"", "", 1))
CRT "done"
