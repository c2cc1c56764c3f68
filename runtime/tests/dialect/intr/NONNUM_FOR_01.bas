* SUPPORT: IN.RUNCODE IN.RUNERR
* FOR compares numbers: a non-numeric limit variable is named
CODE = 'X = "q"' : @FM : 'FOR I = 1 TO X' : @FM : '   CRT I' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
