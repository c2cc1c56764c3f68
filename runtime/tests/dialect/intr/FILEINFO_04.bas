* SUPPORT: IN.RUNCODE IN.RUNERR
* FILEINFO key 4 (not a ScarletDME key) on an open file is 'Illegal action key'
CODE = 'OPEN "BP" TO F ELSE STOP' : @FM : 'CRT "type: " : FILEINFO(F, 3)' : @FM : 'CRT FILEINFO(F, 4)'
CALL IN.RUNCODE(CODE)
CRT "done"
