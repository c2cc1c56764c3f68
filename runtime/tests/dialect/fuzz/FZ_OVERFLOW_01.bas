* SUPPORT: IN.RUNCODE IN.RUNERR
* OCONVS D of an element beyond 32 bits: GetInt stops with "Numeric overflow"
CRT OCONVS(1:@FM:12345, "D2/")
CALL IN.RUNCODE('CRT OCONVS(1:@FM:4294967296, "D2/")')
CRT "done"
END
