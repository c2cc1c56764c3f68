* REM edges
CRT REM(10, 3) : "|" : REM(-10, 3) : "|" : REM(10.5, 3) : "|" : REM(0, 7) : "|" : REM("", 2) : "|" : REM(3, 10)
CRT "done"
