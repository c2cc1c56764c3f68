* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* INDEX() checks its last argument first
CODE = 'X = INDEX(S, SUB, OCC)'
CALL IN.RUNCODE(CODE)
CRT "done"
