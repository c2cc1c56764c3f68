* SUPPORT: IN.RUNCODE IN.RUNERR
* a step made non-numeric by the body stops the loop at the FOR line,
* naming the variable
CODE = 'S = 1' : @FM : 'FOR I = 1 TO 5 STEP S' : @FM : 'CRT I' : @FM : 'S = "x"' : @FM : 'NEXT I' : @FM : 'CRT "end"'
CALL IN.RUNCODE(CODE)
CRT "done"
