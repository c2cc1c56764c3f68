* SUPPORT: IN.RUNCODE IN.RUNERR
* a FIELD occurrence beyond 32 bits given as text: "Numeric overflow"
A = "2147483647" ; CRT "[":FIELD("a.b", ".", A):"][":FIELD("a.b", ".", 1, A):"]"
CALL IN.RUNCODE('A = "8589934592"':@FM:'CRT FIELD("a.b", ".", A)')
CRT "done"
END
