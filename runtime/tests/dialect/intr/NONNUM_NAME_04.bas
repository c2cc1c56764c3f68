* SUPPORT: IN.RUNCODE IN.RUNERR
* non-numeric error names a matrix element as M(row,col)
CODE = 'DIM M(3,2)' : @FM : 'M(2,1) = "a"' : @FM : 'I = 2' : @FM : 'CRT M(I,1) / 4'
CALL IN.RUNCODE(CODE)
CRT "done"
