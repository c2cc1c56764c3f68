* SUPPORT: IN.RUNCODE IN.RUNERR
* READ from a variable holding a string is 'Requires file variable'
CODE = 'F = "BP"' : @FM : 'READ R FROM F, "X" ELSE CRT "else"'
CALL IN.RUNCODE(CODE)
CRT "done"
