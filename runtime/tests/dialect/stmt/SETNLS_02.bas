* SETNLS: currency (1), thousands (2) and decimal (3) separators in OCONV MD, FMT and ICONV MD; GETNLS reads them back
PRINT GETNLS(1):GETNLS(2):GETNLS(3)
SETNLS 1, "EUR"
SETNLS 2, "."
SETNLS 3, ","
PRINT GETNLS(1):" ":GETNLS(2):" ":GETNLS(3)
PRINT OCONV(1234567, "MD2,$")
PRINT OCONV(-1234567, "MD2,")
PRINT FMT(1234.5, "R2,")
PRINT FMT(1234.5, "R2$,")
PRINT ICONV("1.234,56", "MD2")
SETNLS 2, ""
PRINT "empty thousands kept: ":GETNLS(2)
SETNLS 9, "x"
SETNLS 1, "$"
SETNLS 2, ","
SETNLS 3, "."
PRINT OCONV(1234567, "MD2,$"):" ":FMT(1234.5, "R2,")
PRINT "done"
