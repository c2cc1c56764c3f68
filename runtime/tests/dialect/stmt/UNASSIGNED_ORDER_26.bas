* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* OR of a comparison: the comparison checks its right-hand operand first
CODE = 'X = A OR B > C'
CALL IN.RUNCODE(CODE)
CRT "done"
