* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (UMINUS): run through EXECUTE, stable outcome printed
CODE = 'X = -"abc"'
CALL IN.RUNCODE(CODE)
CRT "done"
