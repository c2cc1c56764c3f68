* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* OCONV() on the right of a concatenation checks its conversion code first
CODE = 'X = A : OCONV(B, C)'
CALL IN.RUNCODE(CODE)
CRT "done"
