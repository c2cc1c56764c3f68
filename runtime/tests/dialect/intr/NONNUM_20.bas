* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (SUBSTR): run through EXECUTE, stable outcome printed
CODE = 'S = "abcdef"'
CODE<-1> = 'CRT S["x", 2]'
CALL IN.RUNCODE(CODE)
CRT "done"
