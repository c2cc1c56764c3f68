* MOD by zero: no error
CRT MOD(7, 3)
CRT MOD(7, 0)
CRT "done"
