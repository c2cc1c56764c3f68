* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (BITAND): run through EXECUTE, stable outcome printed
CODE = 'CRT BITAND("x", 1)'
CALL IN.RUNCODE(CODE)
CRT "done"
