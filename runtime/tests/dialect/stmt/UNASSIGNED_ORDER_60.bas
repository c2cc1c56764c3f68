* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one statement: which one the run-time error names.
* FOR whose start is an expression: the addition checks A at once
CODE = 'FOR I = A + 1 TO B' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
