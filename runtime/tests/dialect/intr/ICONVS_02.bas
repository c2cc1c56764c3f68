* ICONVS with MD and D codes over fields and sub-values
CRT CONVERT(@FM:@VM:@SM, "^]\", ICONVS("1.5":@SM:"2":@FM:"x", "MD2")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", ICONVS("1/1/68":@FM:"12/31/67", "D")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", ICONVS("", "D")) : " " : STATUS()
CRT "done"
