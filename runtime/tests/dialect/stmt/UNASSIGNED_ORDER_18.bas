* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* DELETE() checks its last index first
CODE = 'X = DELETE(REC, F, V, SV)'
CALL IN.RUNCODE(CODE)
CRT "done"
