* SUPPORT: IN.RUNCODE IN.RUNERR
* the loop variable made non-numeric in the body: NEXT fails naming it, at the FOR line
CODE = 'FOR I = 1 TO 3' : @FM : '   CRT I' : @FM : '   I = "b"' : @FM : 'NEXT I' : @FM : 'CRT "after"'
CALL IN.RUNCODE(CODE)
CRT "done"
