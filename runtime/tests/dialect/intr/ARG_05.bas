* SUPPORT: IN.RUNERR IN.E.ARG_05
* ARG(0) in a main program (no arguments) is a fatal run-time error (run through IN.RUNERR)
CALL IN.RUNERR("IN.E.ARG_05")
CRT "done"
