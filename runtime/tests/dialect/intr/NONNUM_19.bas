* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (FORTO): run through EXECUTE, stable outcome printed
CODE = 'FOR I = 1 TO "x"'
CODE<-1> = '   CRT I'
CODE<-1> = 'NEXT I'
CALL IN.RUNCODE(CODE)
CRT "done"
