* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a substring in an arithmetic expression: the substring checks its length first
CODE = 'X = A[B, C] + D'
CALL IN.RUNCODE(CODE)
CRT "done"
