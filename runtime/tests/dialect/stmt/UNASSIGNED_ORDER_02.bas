* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* concatenation inside parentheses is checked before the addition is reached
CODE = 'LABEL = (FIRST : LAST) + OFFSET'
CALL IN.RUNCODE(CODE)
CRT "done"
