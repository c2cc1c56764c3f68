* OCONV MD on values that are already decimals and on numeric strings with signs
CRT OCONV("12.345", "MD2") : "|" : OCONV("-12.345", "MD2") : "|" : OCONV("+5", "MD2") : "|" : OCONV(".5", "MD2") : "|" : OCONV("5.", "MD0")
CRT OCONV(12.345, "MD22") : "|" : OCONV(1234, "MD2") : "|" : OCONV(1234, "MD20") : "|" : OCONV(-1234, "MD2,")
CRT "done"
