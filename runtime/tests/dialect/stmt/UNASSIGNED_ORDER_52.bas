* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* MOD() inside a sum
CODE = 'X = MOD(A, B) + C'
CALL IN.RUNCODE(CODE)
CRT "done"
