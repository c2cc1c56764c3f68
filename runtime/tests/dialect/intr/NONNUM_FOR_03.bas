* SUPPORT: IN.RUNCODE IN.RUNERR
* FOR with a non-numeric STEP
CODE = 'FOR I = 1 TO 3 STEP "z"' : @FM : '   CRT I' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
