* SUPPORT: IN.RUNERR IN.E.ARG_04 IN.ARGOOR
* ARG(n) past the arguments passed is a fatal run-time error (run through IN.RUNERR)
CALL IN.RUNERR("IN.E.ARG_04")
CRT "done"
