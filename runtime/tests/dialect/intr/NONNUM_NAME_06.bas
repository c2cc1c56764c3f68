* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error names an unnamed COMMON variable /$/NAME
CODE = 'COMMON A, X' : @FM : 'X = "a"' : @FM : 'CRT -X'
CALL IN.RUNCODE(CODE)
CRT "done"
