* SUPPORT: IN.RUNERR IN.E.ARG_02 IN.ARGS
* calling a 3-argument subroutine with 1 argument is a fatal run-time error (run through IN.RUNERR)
CALL IN.ARGS("a", 2, "c")
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.ARG_02")
CRT "done"
