* SUPPORT: IN.RUNERR IN.E.ENCRYPT_01
* ENCRYPT with an empty key (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.ENCRYPT_01")
CRT "done"
