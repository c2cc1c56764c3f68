* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* STR() on the right of a concatenation checks its count first
CODE = 'X = A : STR(B, C)'
CALL IN.RUNCODE(CODE)
CRT "done"
