* SPLICE with sub-values, REUSE and a multi-character separator
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE("a":@SM:"b", "::", "1":@SM:"2"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE(REUSE("k"), "=", "1":@VM:"2":@VM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE("a":@FM:"b":@FM:"c", "-", "1":@FM:"":@FM:"3"))
CRT "done"
