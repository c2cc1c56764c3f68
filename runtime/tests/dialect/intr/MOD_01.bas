* MOD: result takes the sign of the divisor; REM: sign of the dividend
CRT MOD(7, 3) : "|" : MOD(-7, 3) : "|" : MOD(7, -3) : "|" : MOD(-7, -3)
CRT REM(7, 3) : "|" : REM(-7, 3) : "|" : REM(7, -3) : "|" : REM(-7, -3)
CRT MOD(7.5, 2) : "|" : MOD(-7.5, 2) : "|" : REM(-7.5, 2) : "|" : MOD(5, 2.5)
CRT MOD(0, 5) : "|" : MOD("", 5) : "|" : MOD("10", "4") : "|" : MOD(2147483647, 10)
CRT MOD(10000000000, 7) : "|" : REM(-10000000000, 7) : "|" : MOD(1, 0.3)
CRT "done"
