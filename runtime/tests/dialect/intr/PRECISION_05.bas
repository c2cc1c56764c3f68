* rounding at display: half-way cases with PRECISION 2 and 0
PRECISION 2
CRT 0.125 : "|" : 0.135 : "|" : 0.145 : "|" : 1.005 : "|" : 2.675 : "|" : -0.125 : "|" : 0.005 : "|" : 0.0049
PRECISION 0
CRT 0.5 : "|" : 1.5 : "|" : 2.5 : "|" : -0.5 : "|" : -1.5 : "|" : 0.49999
CRT "done"
