* SUPPORT: IN.RUNCODE IN.RUNERR
* DTX of a number beyond 32 bits: "Numeric overflow" (the INTEGER -2147483648 is fine)
CRT DTX(-1 - 2147483647)
CALL IN.RUNCODE('A = 4294967301 ; CRT DTX(A)')
CRT "done"
END
