* SUPPORT: IN.RUNCODE IN.RUNERR ST.HSBX
* a SUBROUTINE called as a function counts the hidden result argument
CODE = 'DEFFUN ST.HSBX(X, Y)' : @FM : 'CRT ST.HSBX(1, 2)'
CALL IN.RUNCODE(CODE)
CRT "done"
