* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a longer arithmetic expression: the multiplication is checked first
CODE = 'X = A + B * C - D'
CALL IN.RUNCODE(CODE)
CRT "done"
