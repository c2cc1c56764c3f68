* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a concatenation inside LEN() is checked before the addition
CODE = 'X = LEN(A : B) + C'
CALL IN.RUNCODE(CODE)
CRT "done"
