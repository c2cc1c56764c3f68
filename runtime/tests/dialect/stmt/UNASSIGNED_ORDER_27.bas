* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* nested subtraction: the inner one checks C first
CODE = 'X = A - (B - C)'
CALL IN.RUNCODE(CODE)
CRT "done"
