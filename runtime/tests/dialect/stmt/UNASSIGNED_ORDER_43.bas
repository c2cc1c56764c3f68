* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* FIELD() on the right of a concatenation
CODE = 'X = A : FIELD(B, C, D)'
CALL IN.RUNCODE(CODE)
CRT "done"
