* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (LEFTARG): run through EXECUTE, stable outcome printed
CODE = 'CRT "abc" - 1'
CALL IN.RUNCODE(CODE)
CRT "done"
