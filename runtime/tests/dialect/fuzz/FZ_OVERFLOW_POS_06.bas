* SUPPORT: IN.RUNCODE IN.RUNERR
* an INSERT position below -2**31: "Numeric overflow"
CRT INSERT("a", -1; "x"):" ":INSERT("a", -2147483647; "x")
CALL IN.RUNCODE('A = -2**33':@FM:'CRT INSERT("a", A; "x")')
CRT "done"
END
