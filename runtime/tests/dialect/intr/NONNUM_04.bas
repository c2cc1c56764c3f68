* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (PWR): run through EXECUTE, stable outcome printed
CODE = 'CRT PWR("x", 2)'
CALL IN.RUNCODE(CODE)
CRT "done"
