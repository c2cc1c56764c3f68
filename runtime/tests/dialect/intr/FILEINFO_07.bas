* SUPPORT: IN.RUNERR IN.E.FILEINFO_07
* FILEINFO(F, 1) of a never-assigned variable needs a file variable (run through IN.RUNERR)
CRT "never=" : FILEINFO(NEVER, 0)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.FILEINFO_07")
CRT "done"
