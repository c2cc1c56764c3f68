* REM: 32-bit integers use C's %, other values |x| - |y| * floor(|x| / |y|) with x's sign,
* an INTEGER again when whole (never -0); a zero divisor returns the dividend
PRINT "C1:":REM(-99, -3):"|":REM(-99.0 + 0, -3):"|":REM(-7.5, 2.5):"|":REM(-6.5, 6.5)
PRINT "C2:":-REM(-4, 2):"|":REM(-2147483648, -1):"|":REM(7, 0):"|":REM(7.5, 0):"|":REM(-7.5, 0)
PRINT "C3:":REM(10.5, -3):"|":REM(-10000000000, 7):"|":REM(4294967296, 10)
PRINT "done"
END
