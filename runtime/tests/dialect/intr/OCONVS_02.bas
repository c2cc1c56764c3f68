* OCONVS with MD, MT and MC codes over sub-values; STATUS() after a bad element
CRT CONVERT(@FM:@VM:@SM, "^]\", OCONVS(100:@SM:-250:@VM:"":@FM:5, "MD2")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", OCONVS(3600:@VM:7200:@SM:60, "MTS")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", OCONVS("ab":@SM:"Cd", "MCU")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", OCONVS("ab":@VM:"x", "MD2")) : " " : STATUS()
CRT CONVERT(@FM:@VM:@SM, "^]\", OCONVS("x":@VM:"100", "MD2")) : " " : STATUS()
CRT "done"
