* ACOS returns degrees
CRT ACOS(1) : "|" : ACOS(0) : "|" : ACOS(-1) : "|" : ACOS(0.5)
CRT ACOS("0.5") : "|" : ACOS("")
PRECISION 9
CRT ACOS(0.1)
CRT "done"
