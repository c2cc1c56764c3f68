* ICONV of multivalued data and of numbers; ICONV of a number in a date code; chained codes
V = "1/2/2000":@VM:"":@VM:"bad":@VM:"3/4/2000"
X = ICONV(V, "D")
S = STATUS()
CONVERT @FM:@VM:@SM TO "^]\" IN X
PRINT "dates [":X:"] ":S
V = "1.5":@FM:"2":@SM:"x"
X = ICONV(V, "MD2")
S = STATUS()
CONVERT @FM:@VM:@SM TO "^]\" IN X
PRINT "amounts [":X:"] ":S
PRINT "number [":ICONV(12.5, "MD2"):"] ":STATUS()
PRINT "int date [":ICONV(20000, "D"):"] ":STATUS()
PRINT "chain [":ICONV("1.50", "MD2":@VM:"MCU"):"] ":STATUS()
PRINT "space code [":ICONV("1.5", " MD2"):"] ":STATUS()
PRINT "lower code [":ICONV("1.5", "md2"):"] ":STATUS()
PRINT "lower date [":ICONV("1 jan 2000", "d"):"] ":STATUS()
PRINT "done"
