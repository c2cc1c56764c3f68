* SUPPORT: IN.RUNERR IN.E.RDIV_02
* RDIV by zero (run through IN.RUNERR)
CRT RDIV(7, 2)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.RDIV_02")
CRT "done"
