* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (INT): run through EXECUTE, stable outcome printed
CODE = 'CRT INT("abc")'
CALL IN.RUNCODE(CODE)
CRT "done"
