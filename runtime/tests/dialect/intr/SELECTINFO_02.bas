* SUPPORT: IN.RUNERR IN.E.SELECTINFO_02
* SELECTINFO with a list number out of range (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SELECTINFO_02")
CRT "done"
