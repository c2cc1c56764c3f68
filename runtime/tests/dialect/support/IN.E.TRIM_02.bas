* TRIM with an illegal mode letter (run through IN.RUNERR)
CRT "[" : TRIM("--a--", "-", "B") : "]"
CRT "[" : TRIM(" x ", " ", "Q") : "]"
