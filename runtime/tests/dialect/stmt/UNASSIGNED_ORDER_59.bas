* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one statement: which one the run-time error names.
* FOR with a constant limit and no step: the start value is named
CODE = 'FOR I = A TO 5' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
