* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (SUM): run through EXECUTE, stable outcome printed
CODE = 'CRT SUM("1":@VM:"x")'
CALL IN.RUNCODE(CODE)
CRT "done"
