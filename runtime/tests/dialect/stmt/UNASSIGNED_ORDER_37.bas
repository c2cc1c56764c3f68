* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an assigned non-numeric right-hand operand is checked before the unassigned left-hand one
CODE = 'B = "abc"' : @FM : 'X = A + B'
CALL IN.RUNCODE(CODE)
CRT "done"
