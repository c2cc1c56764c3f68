* SUPPORT: IN.RUNCODE IN.RUNERR
* OCONV D of a double beyond 32 bits (2147483647.5 is one): "Numeric overflow"
A = 100.7 ; CRT OCONV(A, "D4/")
CALL IN.RUNCODE('A = 2147483647.5 ; CRT OCONV(A, "D")')
CRT "done"
END
