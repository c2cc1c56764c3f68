* SUPPORT: IN.RUNERR IN.E.OBJECT_01
* OBJECT of a class that does not exist (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OBJECT_01")
CRT "done"
