* ATAN edges
CRT ATAN(-10000000000) : "|" : ATAN(0.0001) : "|" : ATAN("3")
CRT ATAN(1)*4
CRT "done"
