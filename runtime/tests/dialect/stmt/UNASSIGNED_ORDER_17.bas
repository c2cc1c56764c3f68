* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* MATCHFIELD() checks its last argument first
CODE = 'X = MATCHFIELD(S, PAT, N)'
CALL IN.RUNCODE(CODE)
CRT "done"
