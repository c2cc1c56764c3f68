* SUPPORT: IN.RUNERR IN.E.SUBR_04 IN.TWICE
* SUBR with one argument too many (run through IN.RUNERR)
CRT "[" : SUBR("IN.TWICE", 2) : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SUBR_04")
CRT "done"
