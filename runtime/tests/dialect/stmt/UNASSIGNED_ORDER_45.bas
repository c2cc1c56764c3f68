* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an expression as the length of a substring
CODE = 'X = A[B, C + D]'
CALL IN.RUNCODE(CODE)
CRT "done"
