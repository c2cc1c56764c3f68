* SUPPORT: IN.RUNERR IN.E.ITYPE_01
* ITYPE of an uncompiled string (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.ITYPE_01")
CRT "done"
