* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error: a literal operand checked first is not named
CODE = 'X = "a"' : @FM : 'CRT X + "b"'
CALL IN.RUNCODE(CODE)
CRT "done"
