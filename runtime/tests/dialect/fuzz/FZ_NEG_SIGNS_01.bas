* unary minus signs cancel in pairs without converting the operand to a number
X = "007"
PRINT "C1:":--"007":"|":--X:"|":---X:"|":--"abc":"|":- -X:"|":-(-X):"|":--"+4":"|":LEN(--"")
PRINT "done"
END
