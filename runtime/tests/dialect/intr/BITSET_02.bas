* BITSET / BITRESET / BITTEST with float and string arguments
CRT BITSET(1.9, 1) : "|" : BITRESET("7", "1") : "|" : BITTEST(6.5, 1.5) : "|" : BITSET(-2147483648, 0)
CRT BITAND(5.5, 3) : "|" : BITOR(-1.5, 0) : "|" : BITXOR("12", "10") : "|" : BITNOT(0)
CRT SHIFT(1, 31) : "|" : SHIFT(-2147483647, 31) : "|" : SHIFT(3, -1)
CRT "done"
