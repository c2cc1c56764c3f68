* SUPPORT: IN.RUNCODE IN.RUNERR
* a file variable is not a number: the error names it
CODE = 'OPEN "BP" TO F ELSE STOP' : @FM : 'CRT F + 1'
CALL IN.RUNCODE(CODE)
CRT "done"
