* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error in an element of a multivalued argument (STRS) names no variable
CODE = 'X = "" : @VM : "-2"' : @FM : 'CRT STRS("z", X)'
CALL IN.RUNCODE(CODE)
CRT "done"
