* a lone sign or dot is not numeric (last act)
CRT NUM("-") : NUM(".") : NUM("+")
X = "-"
CRT X + 1
CRT "done"
