* SUPPORT: IN.RUNCODE IN.RUNERR
* a file variable is true and can be copied
CODE = 'OPEN "BP" TO F ELSE STOP' : @FM : 'IF F THEN CRT "true"' : @FM : 'X = F' : @FM : 'CRT "copied, assigned: " : ASSIGNED(X)'
CALL IN.RUNCODE(CODE)
CRT "done"
