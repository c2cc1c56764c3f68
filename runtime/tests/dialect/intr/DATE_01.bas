* DATE(): derived facts only
D = DATE()
CRT (D > 20000) : (D = INT(D)) : NUM(D)
Y = OCONV(D, "D4/")[7,4]
CRT (Y >= 2024) : (Y < 2200)
CRT (ABS(D - DATE()) <= 1)
CRT "done"
