* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an assigned non-numeric left-hand operand is checked after the unassigned right-hand one
CODE = 'B = "abc"' : @FM : 'X = B + A'
CALL IN.RUNCODE(CODE)
CRT "done"
