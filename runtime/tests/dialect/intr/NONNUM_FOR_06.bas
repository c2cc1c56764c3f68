* SUPPORT: IN.RUNCODE IN.RUNERR
* the limit variable made non-numeric in the body: NEXT fails, it never compares as text
CODE = 'L = 3' : @FM : 'FOR I = 1 TO L' : @FM : '   CRT I' : @FM : '   L = "b"' : @FM : 'NEXT I' : @FM : 'CRT "after"'
CALL IN.RUNCODE(CODE)
CRT "done"
