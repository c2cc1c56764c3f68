* SUPPORT: IN.RUNERR IN.E.NUMBER_DIV0_02
* division of zero by zero, float divisor (run through IN.RUNERR)
X = 0.0
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_DIV0_02")
CRT "done"
