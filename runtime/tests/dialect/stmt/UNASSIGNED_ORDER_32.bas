* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an assigned string and unassigned arguments to FIELD()
CODE = 'S = "a,b,c"' : @FM : 'X = FIELD(S, D, N)'
CALL IN.RUNCODE(CODE)
CRT "done"
