* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* CONVERT() checks its last argument first
CODE = 'X = CONVERT(S, FROM.CHARS, TO.CHARS)'
CALL IN.RUNCODE(CODE)
CRT "done"
