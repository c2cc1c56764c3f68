* OCONV MD/ML/MR of a number converts the number itself, not its display at PRECISION
X = -99999 * (-2147483648 * -42)
PRINT "C1:":OCONV(X, "MD2"):"|":OCONV(X, "MD0,"):"|":OCONV(-0.00001, "MD2$"):"|":OCONV(-0.00001, "MD1P")
PRINT "C2:":OCONV(0.00004, "MD4"):"|":OCONV(1.23456789, "MD8"):"|":OCONV(123.456, "MD2P"):"|":OCONV(4294967296.5, "MD0P")
PRINT "C3:":OCONV(2147483746.995, "MD22"):"|":OCONV(-0.004, "MD22-"):"|":OCONV(1.005, "MD22T")
PRINT "done"
END
