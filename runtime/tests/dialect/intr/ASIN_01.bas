* ASIN / ATAN return degrees
CRT ASIN(0) : "|" : ASIN(1) : "|" : ASIN(-1) : "|" : ASIN(0.5)
CRT ATAN(1) : "|" : ATAN(0) : "|" : ATAN(-1) : "|" : ATAN(10000000000)
CRT ATAN("") : "|" : ASIN("")
PRECISION 8
CRT ASIN(0.3) : "|" : ATAN(2)
CRT "done"
