* PRECISION 14 literal
PRECISION 14
CRT 2/3 : "|" : 1/3 : "|" : 0.1 + 0.2 : "|" : SQRT(2)
CRT "done"
