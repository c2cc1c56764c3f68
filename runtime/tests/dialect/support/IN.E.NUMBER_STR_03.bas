* exponent notation in a string is not numeric (run through IN.RUNERR)
CRT NUM("1E3") : NUM("1.5E-2")
X = "1E3"
CRT X + 0
