* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* SPLICE() checks its last argument first
CODE = 'X = SPLICE(A, B, C)'
CALL IN.RUNCODE(CODE)
CRT "done"
