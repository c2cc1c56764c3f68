* SUPPORT: IN.RUNCODE IN.RUNERR
* a file variable is not a string: concatenation is a run-time error
CODE = 'OPEN "BP" TO F ELSE STOP' : @FM : 'X = F : "x"' : @FM : 'CRT "not reached"'
CALL IN.RUNCODE(CODE)
CRT "done"
