* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a substring with a constant start: the length is checked first
CODE = 'X = A[1, B]'
CALL IN.RUNCODE(CODE)
CRT "done"
