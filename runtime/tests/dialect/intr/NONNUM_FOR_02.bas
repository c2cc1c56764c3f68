* SUPPORT: IN.RUNCODE IN.RUNERR
* FOR with a non-numeric start value: error, no variable named
CODE = 'FOR I = "a" TO 3' : @FM : '   CRT I' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
