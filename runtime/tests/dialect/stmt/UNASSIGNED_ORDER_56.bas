* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one statement: which one the run-time error names.
* FOR checks its limit before its start value
CODE = 'FOR I = A TO B' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
