* OCONVS / ICONVS element-wise conversions
CRT CONVERT(@FM:@VM:@SM, "^]\", OCONVS(0:@VM:1:@FM:"":@SM:20000, "D2/")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", OCONVS("a":@VM:"b", "MCU")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", ICONVS("1/1/68":@VM:"bad":@VM:"", "D")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", ICONVS("1.5":@VM:"2", "MD2")) : " " : STATUS()
CRT "[" : OCONVS("", "MD2") : "] " : STATUS()
CRT "done"
