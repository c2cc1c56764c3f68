* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an IF condition: the multiplication is checked before the addition
CODE = 'IF A + B * C THEN CRT "yes"'
CALL IN.RUNCODE(CODE)
CRT "done"
