* BITXOR
CRT BITXOR(0, 0) : "|" : BITXOR(255, 15) : "|" : BITXOR(-2147483648, -1) : "|" : BITXOR(6, "3")
CRT "done"
