* SHIFT(value, bits): positive = right, negative = left
CRT SHIFT(16, 2) : "|" : SHIFT(16, -2) : "|" : SHIFT(1, -31) : "|" : SHIFT(-16, 2) : "|" : SHIFT(-1, 1)
CRT SHIFT(1, 0) : "|" : SHIFT(5, 32) : "|" : SHIFT(5, -32) : "|" : SHIFT("", 1) : "|" : SHIFT(1, -30)
CRT "done"
