* BITSET / BITRESET / BITTEST: bit numbers from 0, out of range
CRT BITSET(0, 0) : "|" : BITSET(0, 3) : "|" : BITSET(8, 3) : "|" : BITSET(0, 31)
CRT BITRESET(15, 0) : "|" : BITRESET(15, 3) : "|" : BITRESET(0, 5) : "|" : BITRESET(-1, 31)
CRT BITTEST(5, 0) : BITTEST(5, 1) : BITTEST(5, 2) : BITTEST(-1, 31) : BITTEST(0, 31)
CRT BITSET(0, 32) : "|" : BITSET(0, -1) : "|" : BITTEST(1, 32) : "|" : BITRESET(1, 40)
CRT BITSET("", 1) : "|" : BITTEST("8", "3")
CRT "done"
