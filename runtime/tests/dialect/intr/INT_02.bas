* INT of values near integers, large floats and numeric strings with many decimals
CRT INT(0.9999999999999) : "|" : INT(0.99999999999999) : "|" : INT(-0.99999999999999) : "|" : INT(1.00000000000001)

CRT INT("123456789012345.9") : "|" : INT(-PWR(2, 53) - 1) : "|" : INT(PWR(2, 52) + 0.5)
CRT "done"
