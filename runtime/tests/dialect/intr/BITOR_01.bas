* BITOR
CRT BITOR(0, 0) : "|" : BITOR(1, 2) : "|" : BITOR(-2147483648, 1) : "|" : BITOR("3", 4) : "|" : BITOR(5, 5)
CRT "done"
