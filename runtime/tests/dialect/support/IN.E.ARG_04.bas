* SUPPORT: IN.ARGOOR
* ARG(n) past the arguments passed is a fatal run-time error (run through IN.RUNERR)
CALL IN.ARGOOR(1, 2)
