* SUPPORT: IN.RUNERR IN.E.DECRYPT_02
* DECRYPT is not available in this ScarletDME build: what happens (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.DECRYPT_02")
CRT "done"
