* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (ABSS): run through EXECUTE, stable outcome printed
CODE = 'CRT ABSS("a":@VM:"-1")'
CALL IN.RUNCODE(CODE)
CRT "done"
