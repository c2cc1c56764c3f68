* a lone sign or dot is not numeric (run through IN.RUNERR)
CRT NUM("-") : NUM(".") : NUM("+")
X = "-"
CRT X + 1
