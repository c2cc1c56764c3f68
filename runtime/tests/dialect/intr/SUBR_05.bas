* SUPPORT: IN.RUNERR IN.E.SUBR_05
* SUBR of a routine that is not catalogued (run through IN.RUNERR)
N = "NO.SUCH.SUBR"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SUBR_05")
CRT "done"
