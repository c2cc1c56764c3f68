* SUPPORT: IN.RUNCODE IN.RUNERR
* an extraction position just beyond 32 bits (2147483647.5): "Numeric overflow"
S = "a":@FM:"b" ; A = 2147483647.25 - 0.25 ; CRT "[":S<A>:"][":S<2, A>:"][":EXTRACT(S, 1, 1, A):"]"
CALL IN.RUNCODE('S = "a":@FM:"b" ; A = 2147483647.5':@FM:'CRT S<A>')
CRT "done"
END
