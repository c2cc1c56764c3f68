* SUPPORT: IN.RUNERR IN.E.DIV_02
* DIV by zero (run through IN.RUNERR)
CRT DIV(6, 3)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.DIV_02")
CRT "done"
