* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (EXTRACT): run through EXECUTE, stable outcome printed
CODE = 'CRT EXTRACT("a", "x")'
CALL IN.RUNCODE(CODE)
CRT "done"
