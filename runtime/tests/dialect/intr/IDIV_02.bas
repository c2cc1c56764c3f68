* SUPPORT: IN.RUNERR IN.E.IDIV_02
* IDIV by zero (run through IN.RUNERR)
CRT IDIV(5, 1)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.IDIV_02")
CRT "done"
