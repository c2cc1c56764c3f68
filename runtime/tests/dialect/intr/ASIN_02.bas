* ASIN out of domain
X = ASIN(2)
CRT "x=[" : X : "]"
CRT "done"
