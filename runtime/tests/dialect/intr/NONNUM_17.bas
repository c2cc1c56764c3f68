* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (INCR): run through EXECUTE, stable outcome printed
CODE = 'X = "5a"'
CODE<-1> = 'X += 1'
CODE<-1> = 'CRT X'
CALL IN.RUNCODE(CODE)
CRT "done"
