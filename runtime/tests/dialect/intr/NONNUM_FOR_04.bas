* SUPPORT: IN.RUNCODE IN.RUNERR
* FOR limits as strings: empty is 0, blanks around digits are ignored, numbers compare as numbers
CODE = 'FOR I = 1 TO ""' : @FM : '   CRT I' : @FM : 'NEXT I' : @FM : 'CRT "after ":I' : @FM : 'FOR I = 1 TO " 2"' : @FM : '   CRT I' : @FM : 'NEXT I' : @FM : 'FOR I = 8 TO "10"' : @FM : '   CRT I' : @FM : 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
