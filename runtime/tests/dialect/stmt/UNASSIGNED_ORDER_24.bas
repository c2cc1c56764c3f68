* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* TRIM() with three arguments checks the last first
CODE = 'X = TRIM(A, B, C)'
CALL IN.RUNCODE(CODE)
CRT "done"
