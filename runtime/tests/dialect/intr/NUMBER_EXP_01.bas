* powers: integer results stay exact, fractional and negative exponents
CRT 2 ** 10 : "|" : 2 ** 31 : "|" : 3 ** 20 : "|" : 10 ** 15 : "|" : 10 ** -2 : "|" : 4 ** 0.5 : "|" : (-2) ** 2 : "|" : -2 ** 2
CRT 0 ** 0 : "|" : 1 ** 1000 : "|" : 2 ** -31
CRT "done"
