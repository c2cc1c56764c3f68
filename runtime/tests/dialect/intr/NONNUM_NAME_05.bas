* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error names a named COMMON variable /BLOCK/NAME
CODE = 'COMMON /BLK/ A, X' : @FM : 'X = "a"' : @FM : 'CRT 1 - X'
CALL IN.RUNCODE(CODE)
CRT "done"
