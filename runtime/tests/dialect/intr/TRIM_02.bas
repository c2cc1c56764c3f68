* SUPPORT: IN.RUNERR IN.E.TRIM_02
* TRIM with an illegal mode letter (run through IN.RUNERR)
CRT "[" : TRIM("--a--", "-", "B") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.TRIM_02")
CRT "done"
