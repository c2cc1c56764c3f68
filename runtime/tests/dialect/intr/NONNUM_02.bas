* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (MOD): run through EXECUTE, stable outcome printed
CODE = 'CRT MOD("a", 2)'
CALL IN.RUNCODE(CODE)
CRT "done"
