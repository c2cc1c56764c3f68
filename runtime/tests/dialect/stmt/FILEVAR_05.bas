* SUPPORT: IN.RUNCODE IN.RUNERR
* CLOSESEQ of a variable holding a string is 'Requires file variable'
CODE = 'S = "abc"' : @FM : 'CLOSESEQ S' : @FM : 'CRT "not reached"'
CALL IN.RUNCODE(CODE)
CRT "done"
