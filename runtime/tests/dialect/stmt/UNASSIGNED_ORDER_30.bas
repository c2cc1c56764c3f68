* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* with some operands assigned: the multiplication names its unassigned right-hand operand
CODE = 'A = 1' : @FM : 'B = 2' : @FM : 'X = A + B * C + D'
CALL IN.RUNCODE(CODE)
CRT "done"
