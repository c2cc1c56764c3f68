* SUPPORT: IN.RUNCODE IN.RUNERR
* a substring assignment position of 2147483648: "Numeric overflow"
S = "abc" ; S[2147483647, 1] = "x" ; CRT S
CALL IN.RUNCODE('S = "abc" ; A = 2147483648':@FM:'S[A, 1] = "x"':@FM:'CRT S')
CRT "done"
END
