* SUPPORT: IN.RUNERR IN.E.ARG_COUNT_02 IN.ARGV
* a VAR.ARGS subroutine called with more arguments than it declares (run through IN.RUNERR)
CALL IN.ARGV()
CALL IN.RUNERR("IN.E.ARG_COUNT_02")
CRT "done"
