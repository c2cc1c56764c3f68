* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error names a variable: X + Y with both non-numeric names Y (the right operand is checked first)
CODE = 'X = "a"' : @FM : 'Y = "b"' : @FM : 'CRT X + Y'
CALL IN.RUNCODE(CODE)
CRT "done"
