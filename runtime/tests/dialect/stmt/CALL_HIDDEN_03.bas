* SUPPORT: IN.RUNCODE IN.RUNERR ST.HFNX
* CALL of a FUNCTION counts the hidden result argument
CODE = 'X = 1' : @FM : 'CALL ST.HFNX(X, 2)' : @FM : 'CRT "no"'
CALL IN.RUNCODE(CODE)
CRT "done"
