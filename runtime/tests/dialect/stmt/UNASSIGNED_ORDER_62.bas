* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one statement: which one the run-time error names.
* FOR with an assigned limit: the start value is named
CODE = 'N = 3' : @FM : 'FOR I = A TO N' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
