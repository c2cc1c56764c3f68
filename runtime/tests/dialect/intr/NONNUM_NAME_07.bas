* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error names a function's variable argument (STR count)
CODE = 'X = "a"' : @FM : 'CRT STR("ab", X)'
CALL IN.RUNCODE(CODE)
CRT "done"
