* ICONV MT keeps hours, minutes and seconds in 16-bit integers (they wrap) and the total in 32 bits
PRINT "C1:":ICONV("1000000", "MTS"):"|":ICONV("1234567", "MT"):"|":ICONV("32767", "MT"):"|":ICONV("32768", "MT")
PRINT "C2:":ICONV("65547PM", "MT"):"|":ICONV("12:30", "MT"):"|":ICONV("99999:59", "MT"):"|":ICONV("7", "MT")
PRINT "done"
END
