* SQRT edges
CRT SQRT(4) : "|" : SQRT(2) : "|" : SQRT(0) : "|" : SQRT("") : "|" : SQRT(0.25)
CRT SQRT(10000000000) : "|" : SQRT(2147483647)
PRECISION 9
CRT SQRT(2) : "|" : SQRT(3)
CRT "done"
