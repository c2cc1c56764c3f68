* SUPPORT: IN.RUNCODE IN.RUNERR
* a file variable is true and can be copied, but LEN() of it is a run-time error
CODE = 'OPEN "BP" TO F ELSE STOP' : @FM : 'IF F THEN CRT "true"' : @FM : 'X = F' : @FM : 'CRT "copied, assigned: " : ASSIGNED(X)' : @FM : 'CRT LEN(F)'
CALL IN.RUNCODE(CODE)
CRT "done"
