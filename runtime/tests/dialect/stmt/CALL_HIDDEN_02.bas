* SUPPORT: IN.RUNCODE IN.RUNERR ST.HSBY
* a SUBROUTINE called as a function that leaves its first parameter
* unassigned: the caller fails on the result (_FUNC)
CODE = 'DEFFUN ST.HSBY(X)' : @FM : 'V = 7' : @FM : 'Z = ST.HSBY(V)' : @FM : 'CRT "Z=":Z'
CALL IN.RUNCODE(CODE)
CRT "done"
