* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (SPACE): run through EXECUTE, stable outcome printed
CODE = 'CRT LEN(SPACE("x"))'
CALL IN.RUNCODE(CODE)
CRT "done"
