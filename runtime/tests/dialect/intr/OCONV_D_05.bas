* OCONV date: empty, non-numeric, fractional, multivalued input, bad codes
CRT "[" : OCONV("", "D") : "] " : STATUS()
CRT "[" : OCONV("abc", "D") : "] " : STATUS()
CRT "[" : OCONV("12.7", "D") : "] " : STATUS()
CRT "[" : OCONV(" 100", "D") : "] " : STATUS()
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", OCONV(1:@VM:2:@FM:3, "D2/")) : "] " : STATUS()
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", OCONV(1:@VM:"":@VM:"x", "D2/")) : "] " : STATUS()
CRT "[" : OCONV(100, "DX") : "] " : STATUS()
CRT "[" : OCONV(100, "D9") : "] " : STATUS()
CRT "[" : OCONV(100, "D2//") : "] " : STATUS()
CRT "[" : OCONV(-2932897, "D4") : "] " : STATUS()
CRT "done"
