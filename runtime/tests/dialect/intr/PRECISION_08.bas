* display rounding of negative half-way values and of values that round up to an integer
PRECISION 2
CRT -0.125 : "|" : -1.005 : "|" : 0.999 : "|" : -0.999 : "|" : 9.995 : "|" : 99.999 : "|" : -0.001
PRECISION 1
CRT 0.05 : "|" : -0.05 : "|" : 0.95 : "|" : 0.25 : "|" : 0.35 : "|" : 1.45
CRT "done"
