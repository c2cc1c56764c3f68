* INDEXS element-wise INDEX
CRT CONVERT(@FM:@VM:@SM, "^]\", INDEXS("abc":@VM:"cab":@VM:"xyz", "a", 1))
CRT CONVERT(@FM:@VM:@SM, "^]\", INDEXS("aa":@FM:"a":@SM:"xa", "a", 2))
CRT CONVERT(@FM:@VM:@SM, "^]\", INDEXS("", "a", 1))
CRT "done"
