* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (MUL): run through EXECUTE, stable outcome printed
CODE = 'CRT "3" * "4" : " " : "3" * "4x"'
CALL IN.RUNCODE(CODE)
CRT "done"
