* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* unary NOT checks its operand at once
CODE = 'X = NOT(A) + B'
CALL IN.RUNCODE(CODE)
CRT "done"
