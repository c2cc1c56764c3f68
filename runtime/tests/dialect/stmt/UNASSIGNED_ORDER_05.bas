* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* field extraction checks the last index first
CODE = 'X = REC<F, V>'
CALL IN.RUNCODE(CODE)
CRT "done"
