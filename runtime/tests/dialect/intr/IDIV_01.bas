* IDIV: integer division truncating toward zero
CRT IDIV(7, 2) : "|" : IDIV(-7, 2) : "|" : IDIV(7, -2) : "|" : IDIV(-7, -2)
CRT IDIV(6, 3) : "|" : IDIV(0, 3) : "|" : IDIV(7.9, 2) : "|" : IDIV(7, 2.5)
CRT IDIV("9", "4") : "|" : IDIV("", 3) : "|" : IDIV(2147483647, 2) : "|" : IDIV(-2147483648, -1)
CRT IDIV(10000000000, 3)
CRT "done"
