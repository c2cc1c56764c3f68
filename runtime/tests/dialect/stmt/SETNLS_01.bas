* SETNLS key, value: key 3 is the decimal separator, 2 the thousands separator (numeric keys)
PRINT OCONV(123456, "MD2,")
SETNLS 3, ","
SETNLS 2, "."
PRINT OCONV(123456, "MD2,")
SETNLS 3, "."
SETNLS 2, ","
PRINT OCONV(123456, "MD2,")
PRINT "done"
