* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (NEG): run through EXECUTE, stable outcome printed
CODE = 'CRT NEG("q")'
CALL IN.RUNCODE(CODE)
CRT "done"
