* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an unassigned matrix element is checked by the operator that takes it: the right-hand operand N first
CODE = 'DIM M(3)' : @FM : 'X = M(1) + N'
CALL IN.RUNCODE(CODE)
CRT "done"
