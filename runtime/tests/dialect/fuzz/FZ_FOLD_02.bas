* SUPPORT: IN.RUNCODE IN.RUNERR
* FOLD compares LEN(s) <= width first (_FOLD): a width beyond 32 bits returns the string, one below -2**31 overflows where it becomes a position
A = 2**33 ; CRT FOLD("abc def", A):" ":FOLD("abc def", 3)
CALL IN.RUNCODE('A = -2**33':@FM:'CRT FOLD("abc", A)')
CRT "done"
END
