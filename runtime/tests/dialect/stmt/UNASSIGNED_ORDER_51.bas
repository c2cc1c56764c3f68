* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a PRINT list whose first item is a sum
CODE = 'CRT A + B, C'
CALL IN.RUNCODE(CODE)
CRT "done"
