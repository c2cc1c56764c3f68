* OCONV MD: non-numeric and multivalued input, STATUS()
CRT "[" : OCONV("abc", "MD2") : "] " : STATUS()
CRT "[" : OCONV("12abc", "MD2") : "] " : STATUS()
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", OCONV(100:@VM:-250:@FM:"", "MD2")) : "] " : STATUS()
CRT "[" : OCONV(" 100", "MD2") : "] " : STATUS()
CRT "[" : OCONV("1E3", "MD2") : "] " : STATUS()
CRT "[" : OCONV(100, "MDX") : "] " : STATUS()
CRT "[" : OCONV(2147483648, "MD2,") : "] " : STATUS()
CRT "[" : OCONV(99999999999999, "MD2,") : "] " : STATUS()
CRT "[" : OCONV(0.5, "MD0") : "] [" : OCONV(1.5, "MD0") : "] [" : OCONV(2.5, "MD0") : "] [" : OCONV(-0.5, "MD0") : "]"
CRT "done"
