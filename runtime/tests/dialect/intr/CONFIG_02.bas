* SUPPORT: IN.RUNERR IN.E.CONFIG_02
* CONFIG with a name longer than 8 characters (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.CONFIG_02")
CRT "done"
