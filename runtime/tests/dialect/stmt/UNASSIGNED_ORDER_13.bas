* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* EXTRACT() checks its last index first
CODE = 'X = EXTRACT(REC, F, V, SV)'
CALL IN.RUNCODE(CODE)
CRT "done"
