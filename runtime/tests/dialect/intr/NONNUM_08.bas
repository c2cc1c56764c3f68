* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (FIELD): run through EXECUTE, stable outcome printed
CODE = 'CRT FIELD("a,b", ",", "x")'
CALL IN.RUNCODE(CODE)
CRT "done"
