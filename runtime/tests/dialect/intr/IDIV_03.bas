* IDIV / RDIV with negative and fractional operands, strings
CRT IDIV(-7.5, 2) : "|" : IDIV(7, -2.5) : "|" : IDIV("-9", "2") : "|" : IDIV(1, 3)
CRT RDIV(-7.5, 2) : "|" : RDIV(7, -2) : "|" : RDIV("9", "4") : "|" : RDIV(-1, 3) : "|" : RDIV(0, -5)
CRT "done"
