* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a comparison with an arithmetic right-hand side: the addition checks C first
CODE = 'X = A = B + C'
CALL IN.RUNCODE(CODE)
CRT "done"
