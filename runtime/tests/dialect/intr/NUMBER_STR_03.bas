* SUPPORT: IN.RUNERR IN.E.NUMBER_STR_03
* exponent notation in a string is not numeric (run through IN.RUNERR)
CRT NUM("1E3") : NUM("1.5E-2")
X = "1E3"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_STR_03")
CRT "done"
