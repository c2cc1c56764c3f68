* SUPPORT: IN.RUNERR IN.E.NUMBER_STR_04
* a string with a thousands separator is not numeric (run through IN.RUNERR)
X = "1,000"
CRT NUM(X)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_STR_04")
CRT "done"
