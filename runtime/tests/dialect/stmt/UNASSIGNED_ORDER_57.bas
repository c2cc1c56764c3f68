* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one statement: which one the run-time error names.
* FOR checks its step first, then the limit, then the start value
CODE = 'FOR I = A TO B STEP C' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
