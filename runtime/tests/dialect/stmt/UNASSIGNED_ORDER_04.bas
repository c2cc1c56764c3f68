* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* SUBSTRINGS() checks its string first
CODE = 'X = SUBSTRINGS(S, START, LENGTH)'
CALL IN.RUNCODE(CODE)
CRT "done"
