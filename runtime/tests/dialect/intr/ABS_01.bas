* ABS: integers, decimals, strings, empty, zero, boundaries
CRT ABS(5) : "|" : ABS(-5) : "|" : ABS(0)
CRT ABS(-3.75) : "|" : ABS(3.75) : "|" : ABS(-0.0001)
CRT ABS("-12") : "|" : ABS("  -7") : "|" : ABS("+8")
CRT "[" : ABS("") : "]"
CRT ABS(-2147483647) : "|" : ABS(-2147483648) : "|" : ABS(-2147483649)
CRT ABS(-10000000000)
CRT ABS(-0) : "|" : ABS(-0.00001)
X = -4 ; X = ABS(X) ; CRT X + 1
CRT ABS(-1/3)
CRT "done"
