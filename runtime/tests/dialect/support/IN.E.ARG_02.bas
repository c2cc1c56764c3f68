* SUPPORT: IN.ARGS
* calling a 3-argument subroutine with 1 argument is a fatal run-time error (run through IN.RUNERR)
CALL IN.ARGS("a", 2, "c")
CALL IN.ARGS("x")
