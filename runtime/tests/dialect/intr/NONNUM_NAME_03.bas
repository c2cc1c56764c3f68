* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error: an expression's result is not named
CODE = 'X = "a"' : @FM : 'CRT (X : "") + 1'
CALL IN.RUNCODE(CODE)
CRT "done"
