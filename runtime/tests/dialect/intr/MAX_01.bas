* MAX / MIN of two values; numeric vs string comparison
CRT MAX(1, 2) : "|" : MAX(-1, -2) : "|" : MIN(1, 2) : "|" : MIN(-1, -2)
CRT MAX("10", "9") : "|" : MIN("10", "9") : "|" : MAX(1.5, "1.50")
CRT MAX("", 0) : "|" : MIN("", -1) : "|" : MAX("", 5)
CRT MAX(2147483647, 2147483648) : "|" : MIN(-0.1, 0)
CRT "done"
