* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* SUBSTRINGS() of a constant string checks its length before its start
CODE = 'X = SUBSTRINGS("abc", A, B)'
CALL IN.RUNCODE(CODE)
CRT "done"
