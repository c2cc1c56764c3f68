* TRIM with an illegal mode letter (last act)
CRT "[" : TRIM("--a--", "-", "B") : "]"
CRT "[" : TRIM(" x ", " ", "Q") : "]"
CRT "done"
