* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a chain of concatenations: the first one checks B
CODE = 'X = A : B : C'
CALL IN.RUNCODE(CODE)
CRT "done"
