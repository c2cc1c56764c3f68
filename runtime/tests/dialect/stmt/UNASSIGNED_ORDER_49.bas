* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* matrix elements with unassigned indices: each index is checked when its element is loaded
CODE = 'DIM M(3)' : @FM : 'M(1) = 5' : @FM : 'X = M(A) + M(B)'
CALL IN.RUNCODE(CODE)
CRT "done"
