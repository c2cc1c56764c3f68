* MB/MO/MX of a number take its 32 bits (GetUnsignedInt: a double is cast
* to u_int32_t, truncating), not its display at PRECISION
A = 2.99999 ; PRINT "C1:[":OCONV(A, "MX"):"]"
A = -0.99999 ; PRINT "C2:[":OCONV(A, "MB"):"]"
A = -4294967295.99999 ; PRINT "C3:[":OCONV(A, "MB"):"]"
A = -1 - 2147483647 ; PRINT "C4:[":OCONV(A, "MX"):"]"
A = 1000000000 * 1000000000 * 10 ; PRINT "C5:[":OCONV(A, "MX"):"]"
A = 4294967296 * 3 + 5 ; PRINT "C6:[":OCONV(A, "MX"):"]"
A = -1.5 ; PRINT "C7:[":OCONV(A, "MO"):"]"
A = 2147483648 * 2 + 0.5 ; PRINT "C8:[":OCONV(A, "MX"):"]"
A = "12345678901" ; PRINT "C9:[":OCONV(A, "MX"):"]"
A = "-5" ; PRINT "C10:[":OCONV(A, "MX"):"]"
PRINT "C11:[":OCONV(REM((10 + -0.00001), 7), "MX"):"]"
PRINT "done"
END
