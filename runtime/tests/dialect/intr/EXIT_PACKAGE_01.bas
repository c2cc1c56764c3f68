* SUPPORT: IN.RUNERR IN.E.EXIT_PACKAGE_01
* EXIT.PACKAGE (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.EXIT_PACKAGE_01")
CRT "done"
