* DIV(a, b): division, integer and fractional results
CRT DIV(10, 2) : "|" : DIV(10, 3) : "|" : DIV(-10, 3) : "|" : DIV(7, -2)
CRT DIV(0, 5) : "|" : DIV("9", "3") : "|" : DIV(1, 8) : "|" : DIV("", 4)
CRT DIV(2147483647, 1)
CRT "done"
