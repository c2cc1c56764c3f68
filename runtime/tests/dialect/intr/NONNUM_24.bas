* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (COMPAREINC): run through EXECUTE, stable outcome printed
CODE = 'X = "abc"'
CODE<-1> = 'X -= 1'
CALL IN.RUNCODE(CODE)
CRT "done"
