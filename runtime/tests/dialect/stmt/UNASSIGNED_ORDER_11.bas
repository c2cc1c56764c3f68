* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* INSERT() with the semicolon form checks the new value first
CODE = 'X = INSERT(REC, 1; VAL)'
CALL IN.RUNCODE(CODE)
CRT "done"
