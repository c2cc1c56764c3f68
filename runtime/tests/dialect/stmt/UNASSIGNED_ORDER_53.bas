* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* a LOOP WHILE condition
CODE = 'LOOP WHILE A < B DO REPEAT'
CALL IN.RUNCODE(CODE)
CRT "done"
