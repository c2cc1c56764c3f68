* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* CHANGE() checks its last argument first
CODE = 'X = CHANGE(S, OLD, NEW)'
CALL IN.RUNCODE(CODE)
CRT "done"
