* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one statement: which one the run-time error names.
* FOR whose limit is an expression: the subtraction checks LIMIT before the start value is checked
CODE = 'FOR I = FIRST TO LIMIT - 1' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
