* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* FIELD() checks its last argument first
CODE = 'X = FIELD(REC, DELIM, POS)'
CALL IN.RUNCODE(CODE)
CRT "done"
