* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a PRINT list: the first item is printed (and checked) before the second
CODE = 'CRT A, B'
CALL IN.RUNCODE(CODE)
CRT "done"
