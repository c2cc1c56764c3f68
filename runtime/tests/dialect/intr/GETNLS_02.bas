* SUPPORT: IN.RUNERR IN.E.GETNLS_02
* GETNLS with a non-numeric key (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.GETNLS_02")
CRT "done"
