* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric element in SPACES: no variable named
CODE = 'X = "x" : @VM : "2"' : @FM : 'CRT SPACES(X)'
CALL IN.RUNCODE(CODE)
CRT "done"
