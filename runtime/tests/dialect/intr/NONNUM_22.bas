* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (MODARRAY): run through EXECUTE, stable outcome printed
CODE = 'CRT MOD("7":@VM:"8", 3)'
CALL IN.RUNCODE(CODE)
CRT "done"
