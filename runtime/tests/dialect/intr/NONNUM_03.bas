* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (SQRT): run through EXECUTE, stable outcome printed
CODE = 'CRT SQRT("x")'
CALL IN.RUNCODE(CODE)
CRT "done"
