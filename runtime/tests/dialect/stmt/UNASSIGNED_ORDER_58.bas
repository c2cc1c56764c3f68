* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one statement: which one the run-time error names.
* FOR with a constant limit: the step is checked before the start value
CODE = 'FOR I = A TO 5 STEP B' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
