* DIV is op_quotient: always a 32-bit INTEGER; doubles divide and are cast
* to int32_t (towards zero; beyond 32 bits -2147483648)
PRINT "C1:":DIV(INT(1.25), -3):" ":DIV(1, -3):" ":DIV(-0.5, 1):" ":DIV(0, -1)
PRINT "C2:":DIV(-4294967321, 2):" ":DIV(10000000000, 1):" ":DIV(7.5, 2):" ":DIV(-7.5, 2)
PRINT "C3:":DIV(5, 0.5):" ":DIV(-7, 2):" ":DIV(2147483647, 1)
PRINT "C4:":DTX(REM(DIV((INT(-4294967296) - 25), 2), 1000000))
PRINT "done"
END
