* SUPPORT: IN.RUNCODE IN.RUNERR
* a substring position beyond 32 bits (GetInt): "Numeric overflow"
A = 2147483647 ; CRT "[":"abc"[A, 1]:"][":"abc"[-A, 2]:"]"
CALL IN.RUNCODE('A = 2**33':@FM:'CRT "abc"[A, 1]')
CRT "done"
END
