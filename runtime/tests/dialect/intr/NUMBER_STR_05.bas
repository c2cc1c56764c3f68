* SUPPORT: IN.RUNERR IN.E.NUMBER_STR_05
* a lone sign or dot is not numeric (run through IN.RUNERR)
CRT NUM("-") : NUM(".") : NUM("+")
X = "-"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_STR_05")
CRT "done"
