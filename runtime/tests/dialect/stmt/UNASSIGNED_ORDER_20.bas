* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* two unassigned matrix elements concatenated: the right-hand one is named
CODE = 'DIM M(3)' : @FM : 'X = M(1) : M(2)'
CALL IN.RUNCODE(CODE)
CRT "done"
