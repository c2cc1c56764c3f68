* PWR and ** always compute C's pow on doubles: the result is a double even for integers
PRINT "C1:":-PWR(0, 2):"|":-(0 ** 2):"|":-(2 ** 2 - 4):"|":PWR(2, 3):"|":-2 ** 2
PRINT "C2:":(-8) ** (1/3):"|":10 ** 400:"|":PWR(99999, 4)
PRINT "C3:":MOD(PWR(2, 31), -7):"|":MOD(2147483647, -7)
PRINT "done"
END
