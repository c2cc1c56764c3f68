* a string with a thousands separator is not numeric (last act)
X = "1,000"
CRT NUM(X)
CRT X * 2
CRT "done"
