* SUPPORT: IN.RUNCODE IN.RUNERR
* a STR count below -2**31 (mvbasic gave ""): "Numeric overflow"
CRT "[":STR("a", -2147483647):"][":SPACE(-5):"][":STR("ab", 2):"]"
CALL IN.RUNCODE('A = -2**33':@FM:'CRT STR("a", A)')
CRT "done"
END
