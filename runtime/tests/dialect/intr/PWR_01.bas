* PWR and the ** / ^ operators
CRT PWR(2, 10) : "|" : PWR(2, -1) : "|" : PWR(2, 0.5) : "|" : PWR(-8, 1/3) : "|" : PWR(0, 0)
CRT PWR(10, 15) : "|" : PWR(2, 31) : "|" : PWR(2, 32) : "|" : PWR(-2, 3) : "|" : PWR("3", "2")
CRT 2 ** 3 : "|" : 2 ^ 3 : "|" : -2 ** 2 : "|" : 2 ** 3 ** 2 : "|" : PWR("", 2) : "|" : PWR(2, "")
CRT PWR(0, -1)
CRT PWR(1.1, 2) : "|" : PWR(-1, 0.5)
CRT "done"
