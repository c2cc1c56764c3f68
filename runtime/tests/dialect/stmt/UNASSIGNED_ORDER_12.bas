* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* the right-hand expression of a concatenation is evaluated and checked first
CODE = 'X = A : (B + C)'
CALL IN.RUNCODE(CODE)
CRT "done"
