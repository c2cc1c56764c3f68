* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* substring extraction checks the length first
CODE = 'X = S[P, L]'
CALL IN.RUNCODE(CODE)
CRT "done"
