* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (STR): run through EXECUTE, stable outcome printed
CODE = 'CRT STR("a", "x")'
CALL IN.RUNCODE(CODE)
CRT "done"
