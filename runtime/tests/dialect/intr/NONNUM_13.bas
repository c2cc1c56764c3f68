* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (DIV): run through EXECUTE, stable outcome printed
CODE = 'CRT DIV("a", 1)'
CALL IN.RUNCODE(CODE)
CRT "done"
