* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (CHAR): run through EXECUTE, stable outcome printed
CODE = 'CRT CHAR("x")'
CALL IN.RUNCODE(CODE)
CRT "done"
