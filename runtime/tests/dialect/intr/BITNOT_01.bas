* BITNOT and two-argument bit functions at the 32-bit edges
CRT BITNOT(0) : "|" : BITNOT(-1) : "|" : BITNOT(1) : "|" : BITNOT(255)
CRT BITNOT("") : "|" : BITNOT(2147483647) : "|" : BITNOT(-2147483648)
CRT BITNOT(5.7)
CRT "done"
