* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a matrix element assignment checks the index before the value
CODE = 'DIM M(3)' : @FM : 'M(A) = B'
CALL IN.RUNCODE(CODE)
CRT "done"
