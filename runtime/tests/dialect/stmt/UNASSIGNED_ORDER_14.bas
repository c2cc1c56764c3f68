* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* REPLACE() with the semicolon form checks the new value first
CODE = 'X = REPLACE(REC, F; NEWVAL)'
CALL IN.RUNCODE(CODE)
CRT "done"
