* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an expression as an argument of INDEX() is evaluated (and checked) before INDEX() checks its arguments
CODE = 'X = INDEX(A, B + C, D)'
CALL IN.RUNCODE(CODE)
CRT "done"
