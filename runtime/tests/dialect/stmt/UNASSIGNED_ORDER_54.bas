* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an IF expression checks its condition first
CODE = 'X = IF A THEN B ELSE C'
CALL IN.RUNCODE(CODE)
CRT "done"
