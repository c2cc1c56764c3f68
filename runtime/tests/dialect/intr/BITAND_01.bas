* BITAND / BITOR / BITXOR on integers, negatives, strings
CRT BITAND(12, 10) : "|" : BITOR(12, 10) : "|" : BITXOR(12, 10)
CRT BITAND(-1, 255) : "|" : BITOR(-256, 255) : "|" : BITXOR(-1, 1)
CRT BITAND("12", "10") : "|" : BITAND("", 5) : "|" : BITOR("", "")
CRT BITAND(2147483647, -1) : "|" : BITOR(1073741824, 1073741824)
CRT BITAND(7.9, 3.2) : "|" : BITOR(1.5, 2.5)
CRT "done"
