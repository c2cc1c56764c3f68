* SUPPORT: IN.RUNERR IN.E.SQRT_02
* SQRT of a negative number (run through IN.RUNERR)
CRT SQRT(9)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SQRT_02")
CRT "done"
