* SUPPORT: IN.RUNCODE IN.RUNERR
* FILEINFO keys that ScarletDME knows but mvbasic's directory files do not use return 0 or empty
CODE = 'OPEN "BP" TO F ELSE STOP' : @FM : 'CRT "[" : FILEINFO(F, 5) : "][" : FILEINFO(F, 13) : "][" : FILEINFO(F, 1008) : "]"'
CALL IN.RUNCODE(CODE)
CRT "done"
