* a string with a thousands separator is not numeric (run through IN.RUNERR)
X = "1,000"
CRT NUM(X)
CRT X * 2
