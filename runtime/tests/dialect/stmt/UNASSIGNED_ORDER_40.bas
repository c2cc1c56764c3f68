* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a two-dimensional matrix element assignment checks the last index first
CODE = 'DIM M(3,3)' : @FM : 'M(A, B) = C'
CALL IN.RUNCODE(CODE)
CRT "done"
