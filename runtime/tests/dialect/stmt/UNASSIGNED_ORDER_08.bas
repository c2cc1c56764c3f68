* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an unassigned matrix element on the right is named
CODE = 'DIM M(3)' : @FM : 'X = N + M(2)'
CALL IN.RUNCODE(CODE)
CRT "done"
