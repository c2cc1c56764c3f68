* bit functions on values beyond 32 bits and negative fractions
CRT BITAND(4294967295, 255) : "|" : BITOR(4294967296, 1) : "|" : BITNOT(4294967295) : "|" : BITAND(-1.5, 255) : "|" : BITXOR(2147483648, 1)
CRT "done"
