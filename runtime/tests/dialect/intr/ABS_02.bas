* SUPPORT: IN.RUNERR IN.E.ABS_02
* ABS of a non-numeric string is a fatal run-time error (run through IN.RUNERR)
CRT ABS(-1)
X = "abc"
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.ABS_02")
CRT "done"
