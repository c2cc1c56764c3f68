* OCONV/ICONV convert their value in place (ScarletDME's stack): a code that never touches the
* value (an empty code, one rejected before the value is read, an MC mode it does not know)
* leaves a number a number, so a float keeps every digit, not its display at PRECISION
X = OCONV(1.23456789, "") ; PRINT "1 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = ICONV(1.23456789, "") ; PRINT "2 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = OCONV(1.23456789, "Q") ; PRINT "3 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = OCONV(1.23456789, "MCB") ; PRINT "4 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = ICONV(1.23456789, "MCZ") ; PRINT "5 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = OCONV(1.23456789, "MCU") ; PRINT "6 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = OCONV(1.23456789, "G0.1") ; PRINT "7 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = OCONV(1.23456789, " ") ; PRINT "8 ":VARTYPE(X):" ":X * 1000:"|":STATUS()
X = ICONV(1.23456789, "Q") ; PRINT "9 ":VARTYPE(X):"[":X:"]|":STATUS()
PRINT "10 ":VARTYPE(OCONV(12, "")):VARTYPE(OCONV(12, "Q")):VARTYPE(OCONV(-7, "G")):VARTYPE(OCONV(1.5, "T")):VARTYPE(OCONV(12, "Tx")):VARTYPE(OCONV(12, "T1,x"))
PRINT "11 ":VARTYPE(OCONV(12, "MXZ")):VARTYPE(OCONV(12, "MX1")):VARTYPE(OCONV(1.5, "MX0")):VARTYPE(OCONV(12, "<x")):VARTYPE(OCONV(12, "<1,")):VARTYPE(OCONV(1.5, "M")):VARTYPE(OCONV(12, "MZ"))
PRINT "12 ":VARTYPE(OCONV(12, "MCDZ")):VARTYPE(OCONV(1.5, "MCXZ")):VARTYPE(OCONV(12, "IZ")):VARTYPE(OCONV(12, "C;x")):VARTYPE(OCONV(12, "MC")):VARTYPE(ICONV(1.5, "MCW"))
* the string forms are strings
PRINT "13 ":VARTYPE(OCONV("12", "")):VARTYPE(OCONV("12", "Q")):VARTYPE(OCONV(12, "MCU")):VARTYPE(OCONV(12, "T1,1")):VARTYPE(OCONV(12, "P(2N)")):VARTYPE(OCONV(12, "R1,20")):VARTYPE(OCONV(12, "<1>"))
* a date code rejected after the value was made a day number: that integer
PRINT "14 ":VARTYPE(OCONV(12, "DZ")):VARTYPE(OCONV(1.5, "DZ")):OCONV(1.5, "DZ"):VARTYPE(OCONV("12", "D2/Z")):STATUS()
* codes that make an integer: OCONV MCX (hex to decimal), ICONV MCD, radix input, B
PRINT "15 ":VARTYPE(OCONV("1F", "MCX")):VARTYPE(OCONV(12, "MCXD")):VARTYPE(OCONV("zz", "MCX")):VARTYPE(ICONV("12", "MCD")):VARTYPE(ICONV("1F", "MX")):VARTYPE(ICONV("17", "MO")):VARTYPE(ICONV("101", "MB"))
PRINT "16 ":VARTYPE(ICONV("Y", "B")):VARTYPE(ICONV("N", "B")):VARTYPE(ICONV("", "B")):VARTYPE(ICONV("A", "MX0C")):VARTYPE(OCONV(31, "MX")):VARTYPE(ICONV("31", "MCX"))
PRINT "17 ":("  31" = OCONV("1F", "MCX")):("  31" = ICONV("1F", "MX")):(" 1" = ICONV("Y", "B"))
PRINT "done"
