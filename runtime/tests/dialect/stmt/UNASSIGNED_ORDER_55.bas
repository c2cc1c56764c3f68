* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* unary minus checks its operand at once
CODE = 'X = -A + B'
CALL IN.RUNCODE(CODE)
CRT "done"
