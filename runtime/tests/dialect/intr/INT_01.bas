* INT truncates toward zero
CRT INT(3.7) : "|" : INT(-3.7) : "|" : INT(0.5) : "|" : INT(-0.5) : "|" : INT(5)
CRT INT("12.9") : "|" : INT("") : "|" : INT(" 4.2") : "|" : INT("-0.1")
CRT INT(2147483647.9) : "|" : INT(-2147483648.9) : "|" : INT(12345678901.5)
CRT INT(1/3*3) : "|" : INT(0.99999999) : "|" : INT(2.9999999999999)

CRT "done"
