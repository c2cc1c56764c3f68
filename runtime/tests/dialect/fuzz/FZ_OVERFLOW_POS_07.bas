* SUPPORT: IN.RUNCODE IN.RUNERR
* SPACE, CHAR and INDEX arguments beyond 32 bits: "Numeric overflow"
CRT "[":INDEX("abc", "a", 2147483647):"][":SEQ(CHAR(2147483647)):"]"
CALL IN.RUNCODE('A = 2**32':@FM:'CRT SPACE(A)')
CRT "done"
END
