* SUPPORT: IN.RUNERR IN.E.NUMBER_DIV0_01
* division by zero with / (run through IN.RUNERR)
CRT 1 / 2
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_DIV0_01")
CRT "done"
