* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a substring assignment checks the value first
CODE = 'X = "abc"' : @FM : 'X[A, B] = C'
CALL IN.RUNCODE(CODE)
CRT "done"
